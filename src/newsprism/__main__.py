"""``python -m newsprism`` runs the CLI."""

from newsprism.cli import cli

if __name__ == "__main__":
    cli()
