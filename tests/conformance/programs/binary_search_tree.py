# Binary search tree: insert, search, traversals, height, delete.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
            self.count += 1
            return
        cur = self.root
        while True:
            if key == cur.key:
                return
            side = "left" if key < cur.key else "right"
            child = getattr(cur, side)
            if child is None:
                setattr(cur, side, Node(key))
                self.count += 1
                return
            cur = child

    def contains(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False

    def inorder(self):
        out = []
        def walk(node):
            if node:
                walk(node.left)
                out.append(node.key)
                walk(node.right)
        walk(self.root)
        return out

    def preorder(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return []
        return [node.key] + self.preorder(node.left) + self.preorder(node.right)

    def height(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def delete(self, key):
        def remove(node, key):
            if node is None:
                return None
            if key < node.key:
                node.left = remove(node.left, key)
            elif key > node.key:
                node.right = remove(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = remove(node.right, succ.key)
            return node
        self.root = remove(self.root, key)

tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    tree.insert(k)
print(tree.count, tree.inorder())
print(tree.preorder())
print("height", tree.height())
print([tree.contains(k) for k in [35, 36, 80, 10]])
for k in [20, 30, 50]:
    tree.delete(k)
    print("after deleting", k, tree.inorder(), tree.preorder())
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), words.height())
