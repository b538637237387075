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



## carnet serve: pages, refusals and forms



## Sealed sites: the unlock page



## Command line: --help



## Command line: errors in the arguments



## Messages: loading and checking a journal



## Messages: building, images and the summary



## Messages: commands (init, new, add, keys, attest, share, export, serve)



## Messages: sharing a carnet (share, contributions, keys)

share-count-experiences = { $count ->
    [one] { $count } expérience
   *[other] { $count } expériences
}
share-count-stories = { $count ->
    [one] { $count } récit
   *[other] { $count } récits
}
share-count-photos = { $count ->
    [one] { $count } photo
   *[other] { $count } photos
}
share-plan-nothing-kept = { $shared } ; rien ne reste chez toi
share-plan-kept = { $shared } ; { $kept } { $count ->
    [one] reste chez toi
   *[other] restent chez toi
}
share-no-learner = ce journal n'a aucun dossier dans learners/ : rien à partager
share-which-learner = dis quel carnet partager avec --learner (parmi : { $list })
share-profile-hidden = ton profil n'est visible ni par ta conseillère ni par tes groupes : rien ne peut partir. Mets au moins visibility = "referent" dans profile.md (et un referent), ou "community" avec tes groupes
share-error-key = la clé de signature n'a pas pu être créée ou lue ({ $detail })
share-error-public-key = ce n'est pas une clé publique minisign ({ $detail })
share-error-manifest = la liste signée du partage n'a pas pu être écrite ({ $detail })
share-error-sign = le partage n'a pas pu être signé ({ $detail })
share-error-zip = le fichier de partage n'a pas pu être assemblé ({ $detail })
share-error-encrypt = le fichier de partage n'a pas pu être chiffré ({ $detail })
share-error-recipient = ce n'est pas une clé publique de programme (age1…) ({ $detail })
share-refused-not-a-package = ce n'est pas un fichier de partage carnet (ni chiffré avec age, ni zip)
share-refused-no-identity = ce partage est chiffré, et aucune identité du programme n'est disponible pour l'ouvrir
share-refused-other-programme = ce partage est chiffré pour un autre programme : aucune de tes identités ne l'ouvre
share-refused-not-addressed = ce partage a été signé pour un autre programme puis rechiffré pour toi : il est refusé
share-refused-damaged = ce partage est abîmé, tronqué ou a été modifié en chemin ({ $detail }) : demande à la personne de le renvoyer
share-refused-format = ce partage est au format { $version }, plus récent que ce carnet (format { $ours }) : mets carnet à jour
share-refused-bad-name = ce partage contient un nom refusé (`{ $name }`) : il est refusé en entier
share-refused-unknown-key = ce partage de `{ $learner }` est signé par la clé { $key }, que le programme n'a pas encore acceptée
share-refused-other-key = ce partage n'est pas signé par la clé acceptée pour `{ $learner }` (il porte la clé { $key }) : il vient peut-être de quelqu'un d'autre
share-refused-no-identity-help = donne le fichier de ton identité avec --identity FICHIER ou CARNET_IDENTITY, ou crée-la avec `carnet keys new`
share-refused-unknown-key-help = vérifie cette clé avec la personne (de vive voix), puis : carnet contributions accept { $learner }
share-refused-other-key-help = si la personne a vraiment changé de clé (nouvel ordinateur), vérifie-la avec elle puis : carnet contributions accept { $learner } --new-key
share-photo-changed = la photo diffère de ce que la personne a signé : le fichier a été modifié
share-invalid-recipient = ce n'est pas une clé publique de programme (age1…) : recopie celle que ta conseillère t'a donnée
share-invalid-recipient-flag = `{ $key }` n'est pas une clé publique de programme (age1…)
share-no-recipient = aucune clé de programme : sans elle, le fichier partirait en clair et n'importe qui pourrait le lire en chemin (un courriel intercepté, une clé USB perdue). Ajoute dans carnet.toml [programme] recipients = ["age1…"] (la clé que ta conseillère t'a donnée), ou --to age1…; --unencrypted seulement si tu remets le fichier en main propre
share-unreadable-photo = impossible de lire la photo : { $error }
share-preview-title = Ce que ta conseillère recevra
share-preview-story = Récit : { $title }
share-preview-stays-home = Tes éléments privés, leurs titres, dossiers et photos restent chez toi. Les photos partent réencodées, sans aucune métadonnée.
share-preview-errors = Rien ne peut partir tant que le journal a des erreurs :
share-key-inside-journal = ce fichier de clé est dans le journal : il partirait avec lui (copie, export, partage). Range-le ailleurs, par exemple dans { $home }
share-identity-exists = une identité existe déjà ici : la remplacer rendrait illisibles les partages faits pour elle. Donne un autre fichier avec --out
share-not-an-identity = ligne { $line } : ce n'est pas une identité age (AGE-SECRET-KEY-1…)
share-no-identity-in-file = aucune identité dans ce fichier
share-signing-key-exists = une clé de signature existe déjà ici : la remplacer obligerait ton programme à accepter la nouvelle. Donne un autre fichier avec --out
share-not-a-signing-key = ce n'est pas une clé de signature minisign non chiffrée
share-unreadable-file = impossible de lire le fichier : { $error }
share-not-a-public-key = `{ $key }` n'est pas une clé publique minisign (RW…)
share-other-key-pinned = une autre clé est déjà acceptée pour `{ $learner }` : vérifie la nouvelle avec elle, puis ajoute --new-key
share-no-contribution = aucune contribution de `{ $learner }` dans contributions/
cli-share-written = partage écrit : { $path }
cli-share-in-clear = en clair (--unencrypted) : remets-le en main propre, pas par courriel
cli-share-encrypted = { $count ->
    [one] chiffré pour { $count } clé du programme, signé par ta clé { $key }
   *[other] chiffré pour { $count } clés du programme, signé par ta clé { $key }
}
cli-share-new-key =
    nouvelle clé de signature, gardée hors de ton journal : donne sa partie publique à ta conseillère (de vive voix ou par écrit) :
    {"  "}{ $key }
cli-share-your-programme = ton programme
cli-share-plan-title = Ce que { $who } recevra de { $name } :
cli-share-plan-story = récit : { $title }
cli-share-dry-run = Rien n'est écrit (--dry-run). Tes éléments privés, leurs titres, dossiers et photos restent chez toi.
cli-contributions-key-accepted =
    clé acceptée pour `{ $learner }` (d'après { $file }) :
    {"  "}{ $key }
    Vérifie-la avec elle ou lui : c'est la clé que `carnet share` lui a affichée.
cli-contributions-key-already-accepted =
    clé déjà acceptée pour `{ $learner }` (d'après { $file }) :
    {"  "}{ $key }
    Vérifie-la avec elle ou lui : c'est la clé que `carnet share` lui a affichée.
cli-contributions-new-key-accepted =
    nouvelle clé acceptée pour `{ $learner }` (d'après { $file }) :
    {"  "}{ $key }
    Vérifie-la avec elle ou lui : c'est la clé que `carnet share` lui a affichée.
cli-keys-signing-written =
    clé de signature écrite dans { $file } (lisible par toi seul)
    sa partie publique, à donner à ta conseillère :
    {"  "}{ $key }
cli-keys-identity-written =
    identité du programme écrite dans { $file } (lisible par toi seul ; garde-la hors du journal, fais-en une copie de secours)
    sa clé publique, à donner aux personnes qui partagent leur carnet :
    {"  "}{ $recipient }

## Messages: attestations (attest, keys new --issuer, the badges)

attest-badge-criteria = Compétence mise en œuvre pendant une expérience du carnet de route, attestée par un tuteur ou un employeur auprès de { $issuer }, qui signe.
attest-badge-genre = Expérience du carnet de route
attest-badge-description = { $issuer } atteste, sur la parole de { $by }, que { $learner } a mis en œuvre la compétence « { $skill } ».
attest-nothing-to-revoke = aucune attestation signée à révoquer pour `{ $what }`
attest-no-issuer = pour signer, carnet.toml a besoin d'une table [issuer] (name, public_key) et d'une base_url en https:// : carnet keys new --issuer dit quoi y écrire
attest-other-key = cette clé n'est pas celle dont carnet.toml publie la partie publique (public_key) : les attestations ne se vérifieraient pas
attest-no-learner = pas de jeune `{ $learner }` dans ce journal
attest-no-experience = pas d'expérience `{ $experience }` chez `{ $learner }`
attest-skill-not-listed = cette expérience ne liste pas `{ $skill }` dans `skills` ({ $list }) : on n'atteste que ce que l'expérience montre
attest-proof-missing = pas de preuve Data Integrity
attest-proof-unsupported = preuve d'un autre type que celui de carnet : { $what }
attest-proof-other-key = signée par une autre clé ({ $key })
attest-proof-signature = la signature ne correspond pas au document : il a changé après avoir été signé
attest-proof-canon = le document ne peut pas être mis sous forme canonique ({ $detail })
attest-key-file-warning =
    carnet : clé de signature du programme (Ed25519). SECRÈTE : jamais dans un journal,
    jamais envoyée, jamais publiée. Sa partie publique va dans carnet.toml ([issuer] public_key).
cli-no-journal-here = aucun carnet ici : lance la commande dans un carnet (un dossier avec carnet.toml), ou donne --journal DOSSIER
cli-attest-bad-date = --date { $date } : écris la date comme 2021-04-17
cli-attest-revoked = Révoqué :
cli-attest-signed = Signé :
cli-attest-rebuild = Reconstruis les sites (carnet build) pour qu'ils le montrent.
cli-attest-no-issuer-key = carnet.toml n'a pas de table [issuer] avec public_key : crée la clé du programme avec carnet keys new --issuer
cli-attest-key-inside-journal = { $path } est dans le journal : la clé secrète du programme doit rester hors du journal (elle serait copiée et partagée avec lui) ; déplace-la et donne --key
cli-attest-unreadable-key = { $path } : impossible de lire la clé du programme : { $error } (donne --key FICHIER, ou CARNET_ISSUER_KEY)
cli-attest-not-a-key = { $path } n'est pas une clé écrite par carnet keys new --issuer
cli-keys-no-randomness = pas d'aléa du système : { $error }
cli-keys-inside-journal = { $path } est un journal : une clé secrète n'y a pas sa place (elle serait copiée et partagée avec lui) ; choisis un fichier hors du journal
cli-keys-exists = { $path } existe déjà : carnet n'écrase jamais une clé
cli-keys-issuer-written =
    Clé de signature du programme créée : { $path }
    (lisible par toi seul·e ; garde-la hors de tout journal, sauvegarde-la sur un support à part)

    À écrire dans le carnet.toml du journal (seule la partie publique y va) :

    {"["}issuer]
    name = "Mission locale …"   # le nom du programme qui signe
    public_key = "{ $public }"

    Avec base_url = "https://…" dans carnet.toml, l'identité du programme est
    did:web:<hôte>:issuer, et la construction publie issuer/did.json sur le site public.
    Puis, après avoir parlé au tuteur : carnet attest JEUNE EXPERIENCE --skills … --by …

## Messages: writing into a carnet (init, new, add)

cli-init-created = Carnet créé dans { $dir } :
cli-init-next =
    Tout est privé (visibility = "private") : rien n'est partagé tant que tu ne le décides pas.
    Ensuite : carnet build { $dir }   puis ouvre { $dir }/site/private/{ $learner }/index.html
    Nouvelle expérience : carnet new { $learner } "Titre" photo.jpg --journal { $dir }
cli-init-not-empty = { $dir } n'est pas vide : carnet init ne crée un carnet que dans un dossier vide ou nouveau
cli-init-ask-kind = Ce carnet est-il celui d'un·e jeune (1) ou celui d'un groupe que vous accompagnez (2) ? [1]
cli-init-ask-group = Le nom du groupe :
cli-init-group-created = Carnet du groupe créé dans { $dir } :
cli-init-group-next =
    Groupe : { $group }. Ensuite :
    {"  "}carnet add referent "Prénom Nom" --role "conseillère" --journal { $dir }
    {"  "}carnet add learners eleves.csv --group { $group } --referent <id> --journal { $dir }   (prénom;nom, une ligne par jeune)
    {"  "}carnet build { $dir }
cli-new-not-a-journal = { $path } n'est pas un carnet (pas de carnet.toml)
cli-new-unreadable-photo = { $path } : impossible de lire la photo : { $error }
cli-new-created-photo-date = Nouvelle expérience privée du { $date } (date de prise de vue de la photo), { $count ->
    [one] { $count } photo copiée
   *[other] { $count } photos copiées
} ; à compléter :
cli-new-created-today = Nouvelle expérience privée du { $date } (aujourd'hui), { $count ->
    [one] { $count } photo copiée
   *[other] { $count } photos copiées
} ; à compléter :
cli-new-no-learner = aucun
cli-new-unknown-learner =
    apprenant `{ $learner }` inconnu (le carnet a : { $known }){ $near }
    {"  "}pour l'ajouter : carnet add learner "{ $add }" (son prénom et son nom)
cli-new-no-title = une expérience a besoin d'un titre
cli-new-not-a-photo = `{ $name }` n'est pas une photo JPEG, PNG ou WebP
cli-new-bad-photo = `{ $name }` : { $reason }
cli-new-forbidden-character = { $field } contient { $what } ({ $code }) : enlève-le
cli-new-text-too-long = le texte fait { $kb } Kio, plus que les { $max } Kio qu'un fichier peut avoir
cli-new-bad-date = `{ $date }` n'est pas un jour du calendrier
cli-new-outside-journal = { $path } est un lien symbolique qui mène hors du carnet : rien n'a été écrit
cli-add-no-journal-here = aucun carnet ici : lancez la commande dans un carnet (un dossier avec carnet.toml), ou donnez --journal DOSSIER
cli-add-not-a-journal = { $path } n'est pas un carnet (pas de carnet.toml) ; carnet init en crée un
cli-add-learner-added = Ajouté : { $file } ({ $name }, profil privé)
cli-add-key-accepted = Clé de signature acceptée pour { $slug } (contributors.toml).
cli-add-learner-next = Ensuite : carnet new { $slug } "Titre" photo.jpg{ $journal }   puis carnet build { $dir }
cli-add-learners-added = { $count ->
    [one] { $count } jeune ajouté
   *[other] { $count } jeunes ajoutés
} : { $list }
cli-add-learners-next = Leurs profils sont privés. Ensuite : carnet build { $dir }
cli-add-roster-refused = carnet : { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
} dans { $file } ; aucun jeune n'a été ajouté
cli-add-group-added =
    Ajouté à carnet.toml : le groupe { $slug } (« { $name } »), son site : site/community/{ $slug }/
    Ses membres : carnet add learner "Prénom Nom" --group { $slug }
cli-add-referent-added =
    Ajouté à carnet.toml : le référent { $slug }, et son profil { $file } (privé)
    Son site : site/referent/{ $slug }/   Ses jeunes : carnet add learner "Prénom Nom" --referent { $slug }
cli-add-address-taken = l'adresse « { $base } » est déjà prise : celle-ci est « { $slug } »
cli-add-homonym = un·e jeune du même nom est déjà là (learners/{ $other }) : vérifiez que ce n'est pas la même personne
cli-add-help = aide : { $help }
