import os
from pathlib import Path

# Tests name files relative to the repository, as a user in a checkout would.
os.chdir(Path(__file__).resolve().parent.parent)
