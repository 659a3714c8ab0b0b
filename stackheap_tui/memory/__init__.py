"""The memory model: values, the one mutation path (ops on `Memory`), and the plain-data
pictures of it (`records`) that the trace stores and the view draws. Below both the machine
and the trace: it imports only `lang`."""
