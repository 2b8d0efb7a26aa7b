extension NoticeLanguage {
    /// Portuguese (European and Brazilian spellings both), as OneTrust, Cookiebot, CookieYes and the
    /// IAB TCF Portuguese UI word it.
    public static let portuguese = NoticeLanguage(
        code: "pt",
        name: "Portuguese",
        detectionWords: [
            "o", "a", "os", "as", "e", "de", "do", "da", "dos", "das", "que", "para", "com", "por", "em", "no",
            "na", "nas", "um", "uma", "não", "você", "seu", "sua", "seus", "suas", "nossos", "nossas", "nosso",
            "nossa", "são", "é", "pode", "podem", "ou", "ao", "como", "dados", "utilizamos",
        ],
        totalPartnerPatterns: [
            "nós e os nossos # parceiros", "nós e nossos # parceiros", "os nossos # parceiros", "nossos # parceiros",
            "nós e os nossos # fornecedores", "os nossos # fornecedores", "nossos # fornecedores",
            "com os nossos # parceiros",
        ],
        itemPartnerPatterns: [
            "# parceiros podem utilizar esta finalidade", "# parceiros podem usar esta finalidade",
            "# parceiros podem utilizar esta finalidade especial", "# parceiros podem utilizar este propósito",
            "# parceiros podem usar este propósito", "# parceiros podem utilizar esta funcionalidade",
            "# parceiros podem usar esta funcionalidade", "# parceiros podem utilizar esta funcionalidade especial",
            "# parceiros podem usar este recurso", "# fornecedores podem utilizar esta finalidade", "# parceiros",
            "# fornecedores",
        ],
        alwaysActive: [
            "sempre ativo", "sempre ativos", "sempre ativa", "sempre ativas", "sempre activo", "sempre activos",
            "sempre activa", "sempre ativado", "sempre habilitado", "sempre necessário",
        ],
        acceptAll: [
            "aceitar tudo", "aceitar todos", "aceitar todas", "aceitar", "aceito", "eu aceito", "aceitar e fechar",
            "aceitar e continuar", "aceitar todos os cookies", "aceitar cookies", "permitir todos", "permitir tudo",
            "concordo", "ok, aceito",
        ],
        rejectAll: [
            "rejeitar tudo", "rejeitar todos", "rejeitar todas", "rejeitar", "rejeitar todos os cookies",
            "recusar tudo", "recusar todos", "recusar", "negar", "negar todos", "não aceito",
            "continuar sem aceitar", "apenas necessários", "apenas cookies necessários",
            "usar apenas cookies necessários",
        ],
        manageChoices: [
            "gerir preferências", "gerenciar preferências", "gerir opções", "gerenciar opções", "gerir cookies",
            "gerenciar cookies", "gerir consentimento", "gerenciar consentimento", "configurações",
            "configurações de cookies", "definições", "definições de cookies", "configurar", "configurar cookies",
            "personalizar", "preferências", "mais opções", "centro de preferências", "mostrar finalidades",
        ],
        saveChoices: [
            "guardar", "salvar", "guardar definições", "guardar preferências", "salvar preferências",
            "guardar configurações", "salvar configurações", "confirmar as minhas escolhas",
            "confirmar minhas escolhas", "confirmar escolhas", "guardar e sair", "salvar e sair", "guardar e fechar",
            "permitir seleção", "permitir a seleção",
        ],
        controlWords: ControlWords(
            accept: ["aceitar", "aceito", "aceite", "aceita", "permitir", "concordo", "ok", "sim", "entendi", "continuar"],
            reject: ["rejeitar", "rejeito", "recusar", "recuso", "negar"],
            negation: ["sem", "não"],
            necessary: ["necessários", "necessárias", "necessário", "essenciais", "essencial", "estritamente"],
            only: ["apenas", "somente", "só"],
            selection: ["seleção", "selecionados"],
            save: ["guardar", "salvar", "confirmar"],
            manage: ["definições", "configurações", "configurar", "preferências", "personalizar", "gerir", "gerenciar", "opções", "detalhes"],
            close: ["fechar", "cancelar"],
            all: ["todos", "todas", "tudo"],
            filler: ["saiba", "todos", "todas", "tudo", "os", "as", "de", "dos", "das", "e", "cookies", "cookie", "meus", "minhas", "o", "a", "obrigado", "ver", "mais", "privacidade", "mostrar"]
        ),
        controlExamples: [
            ("Mostrar detalhes", .manageChoices),
            ("Configurações de privacidade", .manageChoices),
            ("Aceitar todos", .acceptAll),
            ("Rejeitar todos", .rejectAll),
            ("Rejeitar Não-Essenciais", .rejectAll),
            ("Apenas essenciais", .rejectAll),
            ("Personalizar", .manageChoices),
            ("Guardar preferências", .saveChoices),
            ("Saiba mais", nil),
        ],
        preferenceCentreTitles: ["centro de preferências de privacidade", "centro de preferências", "gerir preferências de consentimento", "definições de cookies", "configurações de cookies"],
        consentBasis: ["consentimento"],
        legitimateInterest: ["interesse legítimo", "interesses legítimos", "direito de oposição", "opor-se"],
        noticeVocabulary: [
            "cookie", "cookies", "consentimento", "parceiros", "fornecedores", "finalidades", "privacidade",
            "dados pessoais", "interesse legítimo", "preferências", "identificadores", "publicidade", "anúncios",
            "perfis", "dispositivo", "aceitar tudo", "rejeitar tudo", "sempre ativo", "rastreamento",
        ],
        categoryNames: [
            (.necessary, [
                "estritamente necessários", "estritamente necessárias", "necessários", "necessárias", "necessário",
                "essenciais", "técnicos", "obrigatórios",
            ]),
            (.preferences, ["funcionais", "funcional", "funcionalidade", "preferências", "personalização"]),
            (.statistics, [
                "desempenho", "performance", "analíticos", "analíticas", "análise", "estatísticas", "estatísticos",
                "medição",
            ]),
            (.marketing, [
                "publicidade", "publicitários", "publicidade direcionada", "marketing", "segmentação",
                "direcionamento", "anúncios", "redes sociais",
            ]),
            (.saleOfData, ["venda de dados pessoais", "venda de informações pessoais", "venda das minhas informações pessoais"]),
            (.other, ["não classificados"]),
        ],
        cookieWords: ["cookies", "cookie", "tecnologias"],
        cookieUseWords: ["utiliza", "utilizamos", "usa", "usamos", "uso", "utilização"],
        cookieUseExample: "Este site utiliza cookies para melhorar a sua experiência."
    )
}
