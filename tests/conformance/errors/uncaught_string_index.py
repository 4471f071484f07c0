# IndexError on a string.
word = "héllo"
for i in range(len(word)):
    print(i, word[i])
print(word[-5])
print(word[5])
