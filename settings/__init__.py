"""Settings: declared once (key, type, default, description), read from one TOML file."""

from queueing.model import Counter, Service
from settings.loader import ConfigError, default_config_path, load_config, parse_config
from settings.model import OfficeConfig, PrinterConfig

__all__ = [
    "ConfigError",
    "Counter",
    "OfficeConfig",
    "PrinterConfig",
    "Service",
    "default_config_path",
    "load_config",
    "parse_config",
]
