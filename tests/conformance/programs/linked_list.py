# A singly linked list class.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=None):
        self.head = None
        self.size = 0
        for item in items or []:
            self.append(item)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __len__(self):
        return self.size

    def __iter__(self):
        return LinkedListIterator(self.head)

    def __contains__(self, value):
        for v in self:
            if v == value:
                return True
        return False

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("linked list index out of range")

    def __repr__(self):
        return "LinkedList([" + " -> ".join([repr(v) for v in self]) + "])"

class LinkedListIterator:
    def __init__(self, node):
        self.node = node
    def __iter__(self):
        return self
    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value

ll = LinkedList([1, 2, 3])
ll.append(4)
ll.prepend(0)
print(ll, len(ll))
print(ll.remove(2), ll.remove(42), ll)
ll.reverse()
print(ll, list(ll), ll[0], ll[-1])
print(3 in ll, 2 in ll, sum(ll), max(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
words = LinkedList(["b", "a", "c"])
print(sorted(words), [w.upper() for w in words])
empty = LinkedList()
empty.reverse()
print(empty, len(empty), list(empty))
