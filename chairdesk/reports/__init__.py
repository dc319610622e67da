"""Documents and charts made from the store: the Word submission, agendas, summaries.

Reports use the store and the domain, never the GUI.
"""
