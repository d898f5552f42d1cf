"""A third party's language pack for preventionkit: German, as a test of the
``preventionkit.locales`` entry points (one catalogue file, compiled, and an entry point)."""
