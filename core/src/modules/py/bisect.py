"""Bisection over sorted sequences: the functions are Rust (`_bisect`); this module names
them as CPython's does."""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
