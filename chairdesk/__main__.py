import sys

from chairdesk.cli import main

sys.exit(main())
