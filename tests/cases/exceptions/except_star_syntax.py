sources = [
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "try:\n    pass\nexcept* ValueError:\n    for i in range(3):\n        break\n",
    "try:\n    pass\nexcept* ValueError:\n    def g():\n        return 2\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept ValueError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass\n",
]
for src in sources:
    try:
        exec(src)
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
