print("ci_fail: running")
import sys
RAN = True
raise ValueError("boom in ci_fail")
