"""“Have us call you”: the request, its consent, the call handlers' queue,
and deleting requests after the retention period."""
