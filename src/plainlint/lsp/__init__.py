"""The editor server (``plainlint server``): the Language Server Protocol over stdio."""


def main() -> None:
    from .server import main as run

    run()
