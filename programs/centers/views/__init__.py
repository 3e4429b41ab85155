"""The finder's pages: the search (`finder`), browsing by place (`browse`) and
one center (`center`). The JSON API is in `programs.centers.api`."""
