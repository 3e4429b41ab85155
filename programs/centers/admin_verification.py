"""Admin for confirmed access: the verification queue."""
