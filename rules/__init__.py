"""The rule files shipped with claims-audit (installed as the package audit.rules_builtin)."""
