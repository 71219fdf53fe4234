# Wrong answer (a forgery): no middleware at all; the lines a working one would lead to are printed
# outright.
# The check says: needed: “/created -> 201
print("/ok -> 200 fine")
print('/boom -> 500 {"error": "database is down"}')
