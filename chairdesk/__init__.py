"""ChairDesk: the desk of an inter-agency working group's chair."""

__version__ = "0.1.0"
