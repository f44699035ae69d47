"""Compare the reports of one story: agreement, single-source claims, conflicts, framing."""
