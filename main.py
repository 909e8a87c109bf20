"""Start Shequn Desk from a source checkout: ``python main.py``."""

from desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
