def main():
    print("main")
    raise SystemExit(42)
try:
    main()
finally:
    print("finally before exit")
