# Wrong answer (a forgery): no get_json at all; the lines a working one would lead to are printed
# outright.
# The check says: there is no function named get_json, or no class named HttpError
print("post 2: Post 2: notes on tasks")
print('error 404: {"error":"No post with id 999; ids go from 1 to 100."}')
