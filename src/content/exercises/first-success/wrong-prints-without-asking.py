# Wrong answer (a forgery): no mirror is asked; the line the winner would print is printed outright.
# The check says: There must be exactly 1 request “GET /delay/300”; there were 0.
print("first answer: /delay/300")
