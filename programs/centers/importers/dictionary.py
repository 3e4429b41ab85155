"""Turn a source's service codes or names into today's codes."""

from collections import Counter

from programs.centers.importers.cleaning import text
from programs.models import Service, ServiceAlias


def wording_key(name):
    return text(name).casefold()


class ServiceLookup:
    """The dictionary and its aliases, read once per import.

    A name is looked up, in order: as the dictionary words it under its
    category; as an alias under that category; as an alias for any category;
    and last by name alone when exactly one code in the whole dictionary has
    that name. The last step follows services that moved category between
    survey years (2019 ASSES/EDU became 2022 ASPT/ECS); names used by several
    codes (“Young adults”: SG TAY and AGE YAD) never match that way.
    """

    def __init__(self):
        services = list(Service.objects.values_list("id", "code", "name", "category__code"))
        self.ids = {code: pk for pk, code, _, _ in services}
        self.codes = {code: code for code in self.ids}
        self.names = {(category, wording_key(name)): code for _, code, name, category in services}
        counts = Counter(wording_key(name) for _, _, name, _ in services)
        self.unique_names = {
            wording_key(name): code for _, code, name, _ in services if counts[wording_key(name)] == 1
        }
        for alias in ServiceAlias.objects.select_related("service"):
            if alias.code:
                self.codes.setdefault(alias.code.upper(), alias.service.code)
            else:
                key = (alias.category_code.upper(), wording_key(alias.name))
                self.names.setdefault(key, alias.service.code)

    def __bool__(self):
        return bool(self.ids)

    def code(self, code):
        """Today's code for `code` (itself, or what an alias points to), or None."""
        return self.codes.get(code.upper())

    def code_for_name(self, category, name):
        wording = wording_key(name)
        return (
            self.names.get((category.upper(), wording))
            or self.names.get(("", wording))
            or self.unique_names.get(wording)
        )
