x = """
    first
      indented
    last
    """
