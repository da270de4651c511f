import atexit

atexit.register(print, 'cleanup after an uncaught exception')
print('about to fail')
raise ValueError('boom')
