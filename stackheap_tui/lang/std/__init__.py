"""The standard library as the checker sees it: the signatures of the std functions
and methods the subset models, and which method names rustc finds on each std type."""
