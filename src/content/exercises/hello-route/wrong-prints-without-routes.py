# Wrong answer (a forgery): no application at all; the lines a working one would lead to are
# printed outright.
# The check says: there is no function named make_app
print("/ping -> 200 pong")
print("/hello/Ada -> 200 hello, Ada")
print("/nowhere -> 404 not found")
