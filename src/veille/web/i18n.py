"""Interface strings in French (default) and English, and the choice of language per request.

The language comes from ``?lang=fr|en`` (remembered in a cookie), else the cookie,
else the first supported language of ``Accept-Language``, else French.
"""

from __future__ import annotations

LANGS = ("fr", "en")
DEFAULT_LANG = "fr"
COOKIE = "veille_lang"

STRINGS: dict[str, dict[str, str]] = {
    "fr": {
        "tagline": "Qui a dit quoi, sur qui, quand et pour combien",
        "home": "Accueil", "search": "Recherche", "documents": "Articles", "entities": "Acteurs",
        "quotes": "Citations", "relations": "Relations", "graph": "Graphe", "stories": "Sujets",
        "search_placeholder": "Rechercher un article, un acteur, une citation…", "search_button": "Chercher",
        "latest_documents": "Derniers articles", "top_speakers": "Les plus cités",
        "active_stories": "Sujets en cours", "no_stories": "Aucun sujet regroupé pour l'instant : "
        "les sujets apparaîtront quand le regroupement inter-articles aura tourné.",
        "no_results": "Aucun résultat.", "results_for": "Résultats pour", "quotes_n": "citations",
        "documents_n": "articles", "mentions_n": "mentions", "entities_n": "acteurs",
        "relations_n": "relations", "stories_n": "sujets", "published": "Publié le", "outlet": "Média",
        "unknown_date": "date inconnue", "unknown_outlet": "média inconnu", "author": "Auteur",
        "source_link": "Source", "not_analysed": "Non analysé",
        "legend": "Légende", "PER": "Personne", "ORG": "Organisation", "LOC": "Lieu", "MISC": "Autre",
        "amount": "Montant", "date": "Date", "quote": "Citation", "relation": "Relation",
        "direct": "directe", "partial": "partielle", "indirect": "indirecte",
        "speaker": "Locuteur", "unknown_speaker": "locuteur inconnu", "speakers": "Locuteurs",
        "amounts": "Montants", "dates": "Dates", "aliases": "Autres noms", "roles": "Fonctions",
        "former": "ancien·ne", "timeline": "Chronologie", "source_sentence": "Phrase source",
        "in_document": "dans", "all_types": "Tous les types", "all_kinds": "Toutes les formes",
        "filter": "Filtrer", "previous": "Précédent", "next": "Suivant", "page": "Page",
        "of": "sur", "type": "Type", "kind": "Forme", "text_contains": "Texte contient",
        "graph_help": "Chaque nœud est un acteur (taille : nombre de mentions), chaque lien une relation typée. "
        "Cliquez sur un nœud pour ouvrir sa fiche ; glissez pour déplacer.",
        "graph_empty": "Aucune relation entre acteurs identifiés pour l'instant.",
        "whole_store": "Toute la base", "actors": "Acteurs", "quotes_by_speaker": "Citations par locuteur",
        "what_outlets_report": "Ce que rapporte chaque média", "disagreements": "Désaccords entre sources",
        "no_disagreements": "Aucun désaccord détecté entre les sources.",
        "story_empty": "Ce sujet ne contient encore aucun article.",
        "view_graph": "Voir le graphe", "read_article": "Lire l'article", "quoted_in": "Cité dans",
        "asserted": "affirmé", "denied": "démenti", "alleged": "supposé", "planned": "prévu", "mixed": "divergent",
        "error": "Erreur", "back_home": "Retour à l'accueil", "language": "Langue",
        "evidence": "Preuve", "all_quotes_of": "Toutes les citations de", "documents_of": "Articles citant",
        "more": "et", "more_suffix": "autres", "api": "API", "pub_date": "publication",
        "near_mention": "près d'une mention", "kind_direct": "citation directe",
        "kind_partial": "citation partielle", "kind_indirect": "discours indirect",
    },
    "en": {
        "tagline": "Who said what, about whom, when, and how much",
        "home": "Home", "search": "Search", "documents": "Articles", "entities": "Actors",
        "quotes": "Quotes", "relations": "Relations", "graph": "Graph", "stories": "Stories",
        "search_placeholder": "Search articles, actors, quotes…", "search_button": "Search",
        "latest_documents": "Latest articles", "top_speakers": "Most quoted",
        "active_stories": "Active stories", "no_stories": "No stories yet: they appear once the "
        "cross-article clustering has run.",
        "no_results": "No results.", "results_for": "Results for", "quotes_n": "quotes",
        "documents_n": "articles", "mentions_n": "mentions", "entities_n": "actors",
        "relations_n": "relations", "stories_n": "stories", "published": "Published", "outlet": "Outlet",
        "unknown_date": "unknown date", "unknown_outlet": "unknown outlet", "author": "Author",
        "source_link": "Source", "not_analysed": "Not analysed",
        "legend": "Legend", "PER": "Person", "ORG": "Organisation", "LOC": "Place", "MISC": "Other",
        "amount": "Amount", "date": "Date", "quote": "Quote", "relation": "Relation",
        "direct": "direct", "partial": "partial", "indirect": "indirect",
        "speaker": "Speaker", "unknown_speaker": "unknown speaker", "speakers": "Speakers",
        "amounts": "Amounts", "dates": "Dates", "aliases": "Also known as", "roles": "Roles",
        "former": "former", "timeline": "Timeline", "source_sentence": "Source sentence",
        "in_document": "in", "all_types": "All types", "all_kinds": "All kinds",
        "filter": "Filter", "previous": "Previous", "next": "Next", "page": "Page",
        "of": "of", "type": "Type", "kind": "Kind", "text_contains": "Text contains",
        "graph_help": "Each node is an actor (size: number of mentions), each edge a typed relation. "
        "Click a node to open its page; drag to move it.",
        "graph_empty": "No relations between identified actors yet.",
        "whole_store": "Whole store", "actors": "Actors", "quotes_by_speaker": "Quotes by speaker",
        "what_outlets_report": "What each outlet reports", "disagreements": "Disagreements between sources",
        "no_disagreements": "No disagreement found between the sources.",
        "story_empty": "This story has no articles yet.",
        "view_graph": "View graph", "read_article": "Read the article", "quoted_in": "Quoted in",
        "asserted": "asserted", "denied": "denied", "alleged": "alleged", "planned": "planned", "mixed": "mixed",
        "error": "Error", "back_home": "Back to home", "language": "Language",
        "evidence": "Evidence", "all_quotes_of": "All quotes by", "documents_of": "Articles mentioning",
        "more": "and", "more_suffix": "more", "api": "API", "pub_date": "publication",
        "near_mention": "near a mention", "kind_direct": "direct quote",
        "kind_partial": "partial quote", "kind_indirect": "indirect speech",
    },
}


#: Relation type labels (the API keeps the type identifiers of docs/relations.md).
RELATION_LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "lawsuit": "poursuit", "investment": "investit dans", "funding": "finance", "donation": "fait un don à",
        "founding": "a fondé", "acquisition": "rachète", "merger": "fusionne avec", "appointment": "nomme",
        "departure": "quitte", "firing": "évince", "letter": "écrit à", "request": "demande à",
        "complaint": "dénonce", "partnership": "partenaire de", "integration": "intègre", "launch": "lance",
        "statement_about": "parle de", "mentioned_with": "cité avec",
    },
    "en": {
        "lawsuit": "sues", "investment": "invests in", "funding": "funds", "donation": "donates to",
        "founding": "founded", "acquisition": "acquires", "merger": "merges with", "appointment": "appoints",
        "departure": "leaves", "firing": "fires", "letter": "writes to", "request": "asks",
        "complaint": "complains about", "partnership": "partners with", "integration": "integrates",
        "launch": "launches", "statement_about": "speaks about", "mentioned_with": "mentioned with",
    },
}
for _lang in LANGS:
    STRINGS[_lang].update({f"rel_{k}": v for k, v in RELATION_LABELS[_lang].items()})


def choose_lang(query_lang: str | None, cookie_lang: str | None, accept_language: str | None) -> str:
    for candidate in (query_lang, cookie_lang):
        if candidate in LANGS:
            return candidate
    for part in (accept_language or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGS:
            return code
    return DEFAULT_LANG


def translator(lang: str):
    """A ``t(key)`` function for templates; an unknown key shows itself (visible, not silent)."""
    table = STRINGS[lang]

    def t(key: str) -> str:
        return table.get(key, key)

    return t
