"""IR → files: plan, templates, formatting, writing."""
