"""Modal screens over the stepper: help, go to step, predict, the sample browser."""
