"""A small user service: domain rules, storage and an HTTP API.

The package imports nothing itself, so importing one part (its settings, say) does not
load the others, nor the web stack.
"""
