"""What every page shares: the page cache, rate limits, the sign-in
throttle, logging filters, health checks, error pages and robots.txt."""
