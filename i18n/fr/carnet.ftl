# carnet's interface strings, one message per thing a person reads.
# French (i18n/fr/carnet.ftl) is the source; English (i18n/en/carnet.ftl) has
# exactly the same keys and variables (a test checks it). Keys are grouped by where
# they are read; within a group, keep related keys together.
# Syntax: https://projectfluent.org/fluent/guide/ — `{ $n }` is a variable; plurals
# use `{ $n -> [one] … *[other] … }` (French puts 0 and 1 in `one`).

## Shared words

count-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
count-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}


## Pages of the sites (templates and what carnet writes into them)

# Interface strings the templates read as `t.name` (`page-name-in-words`).
page-skip = Aller au contenu
page-home = Accueil
page-learners = Les carnets
page-learners-one = Le carnet
page-learners-own = Mon carnet
page-latest = Dernières expériences
page-no-learner = Aucun carnet n'est visible ici pour l'instant.
page-no-experience = Aucune expérience n'est visible ici pour l'instant.
page-portrait = Portrait
page-path = Mon parcours
page-skills = Mes compétences
page-skills-shown = Les compétences montrées
page-stories = Mes récits
page-proofs-one = preuve
page-proofs-many = preuves
page-proven-by = Prouvée par
page-declared = déclaré par moi
page-talents-title = Talents
page-pros-title = Les professionnels
page-pros-intro = Les conseillers, formateurs et tuteurs qui accompagnent les jeunes, et ce qu'ils partagent : ateliers, retours, offres d'immersion.
page-pro-label = Professionnel
page-pro-posts = Les publications des professionnels
page-pro-post-label = Post d'un professionnel
page-no-post = Aucun post n'est visible ici pour l'instant.
page-home-pros = Du côté des professionnels
page-see-pros = Toutes les publications des professionnels
page-atom-link = Flux Atom
page-talents-intro = Les compétences que les jeunes prouvent par leurs expériences : pour chacune, qui la prouve, et par quoi. Les preuves attestées par un tuteur ou un employeur viennent en premier.
page-talents-link = Trouver des talents par compétence
page-talents-empty = Aucune compétence n'est prouvée ici pour l'instant.
page-talents-reference = Référence
page-talents-experiences = Voir ces expériences
page-attested-by = attesté par
page-attested-by-cap = Attesté par
page-attested-at = chez
page-attested-on = le
page-attested = attestée
page-attestation = Attestation
page-declared-words = déclaré, non vérifié
page-renew = attestation à renouveler : l'expérience a changé depuis
page-verify = Vérifier
page-photos = Photos
page-photo = photo
page-photos-lower = photos
page-place = Lieu
page-date = Date
page-tags = Mots-clés
page-skills-used = Compétences mobilisées
page-kind = Type
page-back-portrait = Retour au portrait
page-story = Récit
page-in-story = Dans ce récit
page-experiences = expériences
page-experience = expérience
page-open-large = Voir la photo en grand
page-close = Fermer
page-previous = Précédente
page-next = Suivante
page-who-can-see = Qui peut voir ce site ?
page-levels-title = Qui peut voir quoi ?
page-levels-link = Comprendre les niveaux de partage
page-made-with = Fait avec carnet
page-a11y-title = Déclaration d'accessibilité
page-a11y-none = Accessibilité : non conforme
page-a11y-partial = Accessibilité : partiellement conforme
page-a11y-full = Accessibilité : totalement conforme
page-member-of = Membre de
page-followed-by = Accompagné·e par
page-filter-all = Toutes
page-filter-all-m = Tous
page-filter-from-any = Le début
page-filter-to-any = Aujourd'hui
page-filters = Filtrer les expériences
page-visibility = Visibilité
page-share = Partager
page-all-experiences = Toutes les expériences
page-see-all = Voir toutes les expériences
page-filter-kind = Type
page-filter-skill = Compétence
page-filter-learner = Personne
page-filter-tag = Mot-clé
page-filter-group = Groupe
page-filter-from = Depuis
page-filter-to = Jusqu'à
page-search = Rechercher
page-search-hint = Un mot, sans souci des accents
page-browse = Parcourir sans filtre
page-facet-feed = Filtrer parmi toutes les expériences
page-shown = expériences affichées
page-reset = Tout afficher
page-resume = Mon CV au format JSON Resume

# What carnet writes into the pages with the journal's words (`site-`), formatted
# by the code: banners, dates, kinds, visibility labels, levels, counts, attestations.
site-banner-public = Site public : visible par tout le monde sur internet
site-banner-community = Site du groupe { $reader } : visible par ses membres
site-banner-referent = Site du suivi — { $reader } : visible par { $reader } seulement
site-banner-private = Ton carnet privé — { $reader } : visible par toi seul
site-month-1 = janvier
site-month-2 = février
site-month-3 = mars
site-month-4 = avril
site-month-5 = mai
site-month-6 = juin
site-month-7 = juillet
site-month-8 = août
site-month-9 = septembre
site-month-10 = octobre
site-month-11 = novembre
site-month-12 = décembre
# « 31 mai 2021 », « 1er mars 2021 ».
site-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
# « 31 mai 2021 à 14:06 ».
site-date-time = { $date } à { $time }
site-kind-stage = Stage
site-kind-atelier = Atelier
site-kind-visite = Visite d'entreprise
site-kind-formation = Formation
site-kind-emploi = Emploi
site-kind-entretien = Entretien
site-kind-benevolat = Bénévolat
site-kind-forum = Forum
site-visibility-private = Visible par toi seul
# $gender: the role noun's gender as carnet guesses it (« ta conseillère », « ton
# tuteur »), `unknown` when the noun does not say (« psychologue »), `none` without
# a role.
site-visibility-referent = { $gender ->
    [none] Toi et { $name }, qui t'accompagne
    [unknown] Toi et { $name }, { $role }
    [feminine] Toi et ta { $role } { $name }
   *[masculine] Toi et ton { $role } { $name }
}
site-visibility-referent-unknown = Toi et la personne qui t'accompagne
site-visibility-community = Les membres du groupe { $groups }
site-visibility-community-unknown = Les membres de ton groupe
site-visibility-public = Tout le monde sur internet
# The same, short enough for a badge on a card.
site-visibility-short-referent = { $gender ->
    [feminine] { site-visibility-referent }
    [masculine] { site-visibility-referent }
   *[other] Toi et { $name }
}
site-visibility-short-group = Groupe { $groups }
site-visibility-short-groups = { $count } groupes
site-level = niveau { $level } sur 4
site-level-meaning = niveau { $level } sur 4 : { $level ->
    [1] je découvre
    [2] je fais avec de l'aide
    [3] je fais seul·e
   *[4] je peux l'apprendre à d'autres
}
site-count-experiences = { $count ->
    [one] { $count } expérience
   *[other] { $count } expériences
}
site-count-proofs = { $count ->
    [one] { $count } preuve
   *[other] { $count } preuves
}
site-attested-count = { $count ->
    [one] dont { $count } attestée
   *[other] dont { $count } attestées
}
site-attested-by = attesté par { $name }
site-attested-by-detail = attesté par { $name }, { $detail }
site-attested-by-role-at = attesté par { $name }, { $role } chez { $organisation }
site-verified-by = vérifié (signé par { $issuer })
site-verify-what = l'attestation signée ({ $skill })
site-badges-note = « Vérifier » ouvre une attestation signée par { $issuer } au format Open Badges 3.0, qu'un employeur peut faire contrôler par n'importe quel vérificateur Open Badges. Elle prouve que { $issuer } se porte garante de ce qu'un tuteur ou un employeur a constaté pendant l'expérience ; elle ne prouve pas que la compétence est maîtrisée.
site-facet-title = { $facet } : { $value }


## carnet serve: pages, refusals and forms



## Sealed sites: the unlock page



## Command line: --help



## Command line: errors in the arguments



## Messages: loading and checking a journal



## Messages: building, images and the summary



## Messages: commands (init, new, add, keys, attest, share, export, serve)


