"""Check kinds: the code behind rules. Each module defines ``CHECK``, a class that runs
every rule of its kinds over one analysed document."""
