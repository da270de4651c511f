def main():
    numbers = [3, 1, 2]
    return sortd(numbers)
main()
