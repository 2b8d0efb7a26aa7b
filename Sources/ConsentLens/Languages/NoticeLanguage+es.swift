extension NoticeLanguage {
    /// Spanish, as OneTrust, Cookiebot, CookieYes, Didomi and the IAB TCF Spanish UI word it.
    public static let spanish = NoticeLanguage(
        code: "es",
        name: "Spanish",
        detectionWords: [
            "el", "la", "los", "las", "y", "de", "del", "que", "en", "para", "con", "por", "su", "sus", "nuestro",
            "nuestros", "nuestra", "nuestras", "usted", "puede", "pueden", "es", "son", "una", "un", "se", "al",
            "o", "como", "estos", "esta", "este", "más", "utilizamos", "datos", "sitio",
        ],
        totalPartnerPatterns: [
            "nosotros y nuestros # socios", "nuestros # socios", "nosotros y nuestros # proveedores",
            "nuestros # proveedores", "nosotros y nuestros # partners", "nuestros # partners", "con nuestros # socios",
        ],
        itemPartnerPatterns: [
            "# socios pueden usar este propósito", "# socios pueden utilizar este propósito",
            "# socios pueden usar este propósito especial", "# socios pueden usar esta finalidad",
            "# socios pueden utilizar esta finalidad", "# socios pueden usar esta característica",
            "# socios pueden utilizar esta característica", "# socios pueden usar esta característica especial",
            "# socios pueden usar esta función", "# proveedores pueden usar este propósito",
            "# proveedores pueden utilizar esta finalidad", "# socios", "# proveedores",
        ],
        alwaysActive: [
            "siempre activo", "siempre activa", "siempre activos", "siempre activas", "siempre habilitado",
            "siempre habilitadas", "siempre necesario",
        ],
        acceptAll: [
            "aceptar todo", "aceptar todas", "aceptar todos", "aceptar", "acepto", "aceptar y cerrar",
            "aceptar y continuar", "aceptar todas las cookies", "aceptar cookies", "permitir todas", "permitir todo",
            "permitir todas las cookies", "de acuerdo", "estoy de acuerdo", "consentir",
        ],
        rejectAll: [
            "rechazar todo", "rechazar todas", "rechazar todos", "rechazar", "rechazar todas las cookies",
            "rechazar y cerrar", "denegar", "denegar todas", "no acepto", "continuar sin aceptar",
            "solo necesarias", "solo cookies necesarias", "usar solo cookies necesarias",
        ],
        manageChoices: [
            "configurar", "configuración", "configuración de cookies", "configurar cookies", "personalizar",
            "gestionar opciones", "gestionar preferencias", "gestionar cookies", "gestionar el consentimiento",
            "administrar preferencias", "administrar cookies", "más opciones", "preferencias", "ajustes",
            "ajustes de cookies", "centro de preferencias", "ver propósitos", "mostrar propósitos",
        ],
        saveChoices: [
            "guardar", "guardar configuración", "guardar preferencias", "guardar mis preferencias",
            "guardar y salir", "guardar y cerrar", "guardar selección", "confirmar mis opciones",
            "confirmar selección", "permitir la selección", "aceptar selección",
        ],
        controlWords: ControlWords(
            accept: ["aceptar", "acepto", "acepta", "aceptamos", "permitir", "permito", "ok", "vale", "sí", "entendido", "consiento", "continuar"],
            reject: ["rechazar", "rechazo", "rechaza", "denegar", "negar"],
            negation: ["sin", "no"],
            necessary: ["necesarias", "necesarios", "necesaria", "necesario", "esenciales", "esencial", "estrictamente", "técnicas"],
            only: ["solo", "sólo", "solamente", "únicamente"],
            selection: ["selección", "seleccionadas"],
            save: ["guardar", "confirmar"],
            manage: ["configurar", "configuración", "ajustes", "preferencias", "personalizar", "gestionar", "administrar", "opciones", "detalles"],
            close: ["cerrar", "cancelar"],
            all: ["todo", "todos", "todas"],
            filler: ["saber", "todo", "todas", "todos", "las", "los", "de", "del", "la", "el", "mis", "mi", "y", "cookies", "cookie", "con", "gracias", "ver", "más", "mostrar", "privacidad"]
        ),
        controlExamples: [
            ("Mostrar detalles", .manageChoices),
            ("Configuración de privacidad", .manageChoices),
            ("Ver preferencias", .manageChoices),
            ("Aceptar todo", .acceptAll),
            ("ACEPTAR Y CERRAR", .acceptAll),
            ("Rechazar todo", .rejectAll),
            ("Continuar sin aceptar", .rejectAll),
            ("Solo necesarias", .rejectAll),
            ("Configurar", .manageChoices),
            ("Más opciones", .manageChoices),
            ("Guardar preferencias", .saveChoices),
            ("Política de privacidad", nil),
        ],
        preferenceCentreTitles: ["centro de preferencias de privacidad", "centro de preferencias", "gestionar las preferencias de consentimiento", "configuración de cookies", "gestionar tus datos"],
        consentBasis: ["consentimiento"],
        legitimateInterest: [
            "interés legítimo", "intereses legítimos", "derecho de oposición", "derecho a oponerse", "oponerse",
        ],
        noticeVocabulary: [
            "cookie", "cookies", "consentimiento", "socios", "proveedores", "finalidades", "propósitos", "privacidad",
            "datos personales", "interés legítimo", "preferencias", "identificadores", "publicidad", "perfiles",
            "dispositivo", "aceptar todo", "rechazar todo", "siempre activo", "seguimiento",
        ],
        categoryNames: [
            (.necessary, [
                "estrictamente necesarias", "estrictamente necesarios", "necesarias", "necesarios", "necesaria",
                "esenciales", "técnicas", "técnicos", "imprescindibles", "obligatorias",
            ]),
            (.preferences, ["funcionales", "funcional", "funcionalidad", "preferencias", "personalización"]),
            (.statistics, [
                "rendimiento", "analíticas", "analíticos", "analítica", "análisis", "estadísticas", "estadísticos",
                "medición",
            ]),
            (.marketing, [
                "publicitarias", "publicidad", "marketing", "dirigidas", "segmentación", "publicidad comportamental",
                "redes sociales",
            ]),
            (.saleOfData, ["venta de datos personales", "venta de información personal", "venta de mi información personal"]),
            (.other, ["no clasificadas", "no clasificados"]),
        ],
        cookieWords: ["cookies", "cookie", "tecnologías"],
        cookieUseWords: ["utiliza", "utilizamos", "utilizan", "usa", "usamos", "usan", "uso", "utilización"],
        cookieUseExample: "Este sitio web utiliza cookies para mejorar su experiencia de navegación.",
        payOrConsent: PayOrConsentWords(
            paidOption: ["suscríbete", "suscribete", "suscribirse", "suscribirte", "suscribirme", "suscripción", "suscripciones", "pagar", "paga"],
            withoutTracking: [
                "sin publicidad", "sin anuncios", "sin publicidad personalizada", "sin cookies publicitarias",
                "sin seguimiento", "sin rastreo",
            ],
            periods: [
                (.month, ["mes", "mensual", "mensuales"]), (.year, ["año", "anual"]),
                (.week, ["semana", "semanal"]), (.day, ["día"]),
            ],
            currencies: [("EUR", ["euro", "euros"])],
            subscriberLogin: ["ya eres suscriptor", "ya soy suscriptor", "suscriptor", "suscriptora", "inicia sesión", "iniciar sesión", "identifícate"],
            freeAlternative: ["versión limitada", "acceso limitado"],
            examples: [
                PayOrConsentExample(
                    "Tu privacidad\nUtilizamos cookies propias y de nuestros 180 socios para mostrarte publicidad personalizada. Puedes aceptar o suscribirte para navegar sin publicidad personalizada.\nAceptar y continuar\nSuscríbete\nSolo 1 € al mes\n¿Ya eres suscriptor? Inicia sesión",
                    label: "Suscríbete", price: 1, currency: "EUR", period: .month, subscriberLogin: true, freeAlternative: false),
                PayOrConsentExample(notAWall: "Este sitio web utiliza cookies para mejorar su experiencia de navegación.\nAceptar todo\nRechazar todo\nSuscríbete por 1 €"),
            ])
    )
}
