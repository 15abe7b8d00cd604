"""Claims files to stated-precision values: reading, validating, values, units, periods."""
