"""Qt widgets only: views lay out, controllers wire signals to services."""
