import atexit
import sys

atexit.register(print, 'cleanup after SystemExit')
print('exiting')
sys.exit(0)
print('not reached')
