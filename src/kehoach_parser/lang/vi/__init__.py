"""Vietnamese language data: vocabulary kept apart from code.

Each module holds one kind of vocabulary as plain Python data (dicts, tuples) that a
linguist can read and edit without touching the regular expressions that use them.
"""
