"""Helpline numbers and who answers them: routing partners, phone numbers
parsed and shown one way, and the helplines error pages show without a
database."""
