"""The kinds of failure stages raise (a module of its own, so stages and the CLI need not import each other)."""


class DocumentError(Exception):
    """A problem with one document, worded for the user; the batch goes on.

    `lasting` is False for a failure that says nothing about the document itself (a missing
    program, a URL that did not answer): such a result is not cached, so a rerun tries again.
    """

    def __init__(self, message: str, *, lasting: bool = True):
        super().__init__(message)
        self.lasting = lasting


class InputError(Exception):
    """A problem with the command itself (a path that does not exist): nothing runs."""


class RegistryError(Exception):
    """A problem the user can fix (bad records file, incompatible database)."""
