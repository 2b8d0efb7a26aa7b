extension NoticeLanguage {
    /// French, as Didomi (the corpus's Les Echos and La Nouvelle République configs), OneTrust,
    /// Cookiebot and the IAB TCF French UI word it.
    public static let french = NoticeLanguage(
        code: "fr",
        name: "French",
        detectionWords: [
            "le", "la", "les", "et", "des", "du", "de", "vous", "votre", "vos", "nous", "nos", "notre", "pour",
            "sur", "avec", "est", "sont", "une", "un", "dans", "par", "pas", "ou", "qui", "que", "ces", "cette",
            "ce", "à", "aux", "peuvent", "être", "leur", "leurs", "données", "utilisons", "consentement",
        ],
        totalPartnerPatterns: [
            "nous et nos # partenaires", "nos # partenaires", "nous et nos # fournisseurs", "nos # fournisseurs",
            "nous et nos # partenaires publicitaires", "nos # partenaires publicitaires", "avec nos # partenaires",
            "nous et nos # tiers",
        ],
        itemPartnerPatterns: [
            "# partenaires peuvent utiliser cette finalité", "# partenaires peuvent utiliser cette finalité spéciale",
            "# partenaires peuvent utiliser cette fonctionnalité",
            "# partenaires peuvent utiliser cette fonctionnalité spéciale",
            "# partenaires peuvent utiliser cet objectif", "# partenaires utilisent cette finalité",
            "# fournisseurs peuvent utiliser cette finalité", "# partenaires", "# fournisseurs",
        ],
        alwaysActive: [
            "toujours actif", "toujours active", "toujours actifs", "toujours actives", "toujours activé",
            "toujours activés", "toujours activée", "toujours nécessaire", "toujours requis",
        ],
        acceptAll: [
            "tout accepter", "accepter tout", "accepter", "j'accepte", "j'accepte tout", "accepter et fermer",
            "accepter & fermer", "accepter et continuer", "tout autoriser", "autoriser tout", "autoriser tous",
            "autoriser", "accepter tous les cookies", "accepter les cookies", "ok pour moi", "d'accord",
            "oui, j'accepte",
        ],
        rejectAll: [
            "tout refuser", "refuser tout", "refuser", "je refuse", "refuser tous les cookies", "refuser les cookies",
            "continuer sans accepter", "tout rejeter", "rejeter tout", "rejeter", "refuser et fermer",
            "interdire tous", "uniquement les cookies nécessaires", "cookies nécessaires uniquement",
        ],
        manageChoices: [
            "gérer mes choix", "paramétrer", "paramétrer les cookies", "paramétrer mes choix", "personnaliser",
            "personnaliser mes choix", "gérer les cookies", "gérer mes cookies", "paramètres",
            "paramètres des cookies", "paramètres de cookies", "gérer les préférences", "gérer mes préférences",
            "gérer les paramètres", "gérer le consentement", "préférences", "plus d'options",
            "afficher les finalités", "centre de préférences",
        ],
        saveChoices: [
            "enregistrer", "enregistrer mes choix", "enregistrer les paramètres", "enregistrer mes préférences",
            "enregistrer et fermer", "valider", "valider mes choix", "confirmer mes choix", "sauvegarder",
            "autoriser la sélection", "confirmer la sélection",
        ],
        controlWords: ControlWords(
            accept: ["accepter", "accepte", "acceptez", "autoriser", "autorise", "ok", "oui", "compris", "consentir", "continuer"],
            reject: ["refuser", "refuse", "refusez", "rejeter", "rejette", "interdire"],
            negation: ["sans", "non", "pas", "ne"],
            necessary: ["nécessaires", "nécessaire", "essentiels", "essentiel", "essentielles", "indispensables", "obligatoires", "strictement"],
            only: ["uniquement", "seulement", "seuls"],
            selection: ["sélection"],
            save: ["enregistrer", "valider", "confirmer", "sauvegarder"],
            manage: ["paramètres", "paramétrer", "personnaliser", "gérer", "préférences", "options", "choix", "configurer", "réglages", "détails"],
            close: ["fermer", "annuler"],
            all: ["tout", "tous", "toutes"],
            filler: ["savoir", "en", "tout", "tous", "toutes", "les", "des", "de", "du", "la", "le", "mes", "mon", "et", "j", "je", "cookies", "cookie", "d", "accord", "pour", "moi", "plus", "merci", "voir", "afficher", "confidentialité", "vie", "privée"]
        ),
        controlExamples: [
            ("Afficher les détails", .manageChoices),
            ("Paramètres de confidentialité", .manageChoices),
            ("Voir les préférences", .manageChoices),
            ("Tout accepter", .acceptAll),
            ("J'accepte", .acceptAll),
            ("Accepter et fermer", .acceptAll),
            ("Tout refuser", .rejectAll),
            ("Continuer sans accepter", .rejectAll),
            ("Essentiels uniquement", .rejectAll),
            ("Paramètres des cookies", .manageChoices),
            ("Personnaliser", .manageChoices),
            ("Enregistrer mes choix", .saveChoices),
            ("En savoir plus", nil),
        ],
        preferenceCentreTitles: ["centre de préférences de la confidentialité", "centre de préférences", "gérer les préférences de consentement", "paramètres des cookies", "gérer vos données"],
        consentBasis: ["consentement"],
        legitimateInterest: [
            "intérêt légitime", "intérêts légitimes", "droit d'opposition", "vous opposer", "s'opposer",
        ],
        noticeVocabulary: [
            "cookie", "cookies", "traceurs", "consentement", "partenaires", "fournisseurs", "finalités",
            "données personnelles", "confidentialité", "vie privée", "intérêt légitime", "préférences",
            "identifiants", "publicité", "publicités", "profils", "terminal", "appareil", "tout accepter",
            "tout refuser", "toujours actif",
        ],
        categoryNames: [
            (.necessary, [
                "strictement nécessaires", "strictement nécessaire", "nécessaires", "nécessaire", "essentiels",
                "essentiel", "essentielles", "indispensables", "obligatoires", "techniques",
            ]),
            (.preferences, ["fonctionnels", "fonctionnel", "fonctionnalité", "fonctionnalités", "préférences", "personnalisation"]),
            (.statistics, [
                "performance", "performances", "analytiques", "analytique", "statistiques", "mesure d'audience",
                "analyse", "mesure",
            ]),
            (.marketing, [
                "publicitaires", "publicité", "ciblage", "ciblage publicitaire", "publicité ciblée", "marketing",
                "réseaux sociaux",
            ]),
            (.saleOfData, [
                "vente de données personnelles", "vente des données personnelles", "vente de mes données personnelles",
                "vente de données à caractère personnel",
            ]),
            (.other, ["non classés", "non classifiés", "médias externes"]),
        ],
        cookieWords: ["cookies", "cookie", "traceurs", "témoins", "technologies"],
        cookieUseWords: ["utilise", "utilisons", "utilisent", "utilisation", "dépose", "déposons", "recours"],
        cookieUseExample: "Ce site utilise des cookies pour vous garantir la meilleure expérience.",
        payOrConsent: PayOrConsentWords(
            paidOption: ["abonner", "abonne", "abonnez", "abonnement", "abonnements", "payer", "payant"],
            withoutTracking: [
                "sans publicité", "sans publicités", "sans pub", "sans publicité ciblée", "sans cookies publicitaires",
                "sans traceurs", "sans suivi", "sans tracking", "sans ciblage publicitaire",
            ],
            periods: [
                (.month, ["mois", "mensuel", "mensuellement"]), (.year, ["an", "année", "annuel"]),
                (.week, ["semaine"]), (.day, ["jour"]),
            ],
            currencies: [("EUR", ["euro", "euros"]), ("CHF", ["francs", "fr"])],
            subscriberLogin: ["déjà abonné", "déjà abonnée", "abonné", "abonnée", "abonnés", "se connecter", "je me connecte", "connectez-vous", "connexion"],
            freeAlternative: ["version limitée", "accès limité", "offre limitée"],
            examples: [
                PayOrConsentExample(
                    "Accepter ou s'abonner\nPour continuer, acceptez l'utilisation de cookies par nos 120 partenaires ou abonnez-vous pour profiter du site sans publicité ciblée.\nAccepter et continuer\nJe m'abonne\n1 € pour 1 mois, sans engagement\nDéjà abonné ? Je me connecte",
                    label: "Je m'abonne", price: 1, currency: "EUR", period: .month, subscriberLogin: true, freeAlternative: false),
                PayOrConsentExample(notAWall: "Ce site utilise des cookies pour vous garantir la meilleure expérience.\nTout accepter\nTout refuser\nAbonnez-vous\n1 € le premier mois"),
            ])
    )
}
