"""Renderers: findings and coverage -> terminal, Markdown, JSON; each renderer one module."""
