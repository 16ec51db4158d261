// Errors planted into ten of the evaluation pages: each replaces one paragraph of the
// translation (`find`, a whole line) with a spoilt one; `rule` is what must find it.
// Generated once from the mirrors (eval/check/README.md), picking prose paragraphs that
// pair with one English paragraph nearby by length and markup; kept as data.
export const plants = [
  {
    page: 'src/guide/best-practices/production-deployment.md',
    kind: 'name altered',
    rule: 'do-not-translate',
    find: 'Durante o desenvolvimento, a Vue fornece vários recursos para melhorar a experiência de programação:',
    replace: 'Durante o desenvolvimento, a Veu fornece vários recursos para melhorar a experiência de programação:'
  },
  {
    page: 'src/guide/best-practices/production-deployment.md',
    kind: 'sentence left in English',
    rule: 'untranslated',
    find: 'No entanto, estas funcionalidades tornam-se inúteis em produção. Algumas das verificações de alerta também podem gerar uma pequena sobrecarga de desempenho. Ao implementar em produção, devemos eliminar todas as ramificações de código escritos para executar apenas em desenvolvimento e não usados em produção, para obter um tamanho de carga útil menor e um melhor desempenho.',
    replace:
      'However, these features become useless in production. Some of the warning checks can also incur a small amount of performance overhead. When deploying to production, we should drop all the unused, development-only code branches for smaller payload size and better performance.'
  },
  {
    page: 'src/guide/best-practices/production-deployment.md',
    kind: 'duplicated paragraph',
    rule: 'duplicated-segment',
    find: 'Consulte o [guia do ficheiro de distribuição](https://github.com/vuejs/core/tree/main/packages/vue#which-dist-file-to-use) para mais detalhes.',
    replace:
      'Consulte o [guia do ficheiro de distribuição](https://github.com/vuejs/core/tree/main/packages/vue#which-dist-file-to-use) para mais detalhes.\n\nConsulte o [guia do ficheiro de distribuição](https://github.com/vuejs/core/tree/main/packages/vue#which-dist-file-to-use) para mais detalhes.',
    span: 2
  },
  {
    page: 'src/guide/extras/ways-of-using-vue.md',
    kind: 'name altered',
    rule: 'do-not-translate',
    find: 'Algumas aplicações exigem riqueza de interatividade, profundidade de sessão profunda, e lógica com estado não trivial no frontend. A melhor maneira de construir tais aplicações é usar uma arquitetura onde a Vue não apenas controla a página inteira, mas também manipula as atualizações de dados e a navegação sem ter de recarregar a página. Este tipo de aplicação é normalmente remetida para uma Aplicação de Página Única (SPA, sigla em Inglês).',
    replace:
      'Algumas aplicações exigem riqueza de interatividade, profundidade de sessão profunda, e lógica com estado não trivial no frontend. A melhor maneira de construir tais aplicações é usar uma arquitetura onde a Veu não apenas controla a página inteira, mas também manipula as atualizações de dados e a navegação sem ter de recarregar a página. Este tipo de aplicação é normalmente remetida para uma Aplicação de Página Única (SPA, sigla em Inglês).'
  },
  {
    page: 'src/guide/extras/ways-of-using-vue.md',
    kind: 'sentence left in English',
    rule: 'untranslated',
    find: 'A Vue fornece as bibliotecas principais e [suporte ferramental exaustivo](/guide/scaling-up/tooling) com incrível experiência de programação para a construção de SPAs modernas, incluindo:',
    replace:
      'Vue provides core libraries and [comprehensive tooling support](/guide/scaling-up/tooling) with amazing developer experience for building modern SPAs, including:'
  },
  {
    page: 'src/guide/extras/ways-of-using-vue.md',
    kind: 'dropped paragraph',
    rule: 'unaligned-segment',
    find: '\nSPAs do lado do cliente puras são problemáticas quando a aplicação for sensível ao SEO e tempo-para-o-conteúdo. Isto é o porque que o navegador receberá uma página de HTML em grande parte vazia, e terá de esperar até o código JavaScript ser carregado antes da apresentação de qualquer coisa.\n',
    replace: '\n'
  },
  {
    page: 'src/guide/extras/ways-of-using-vue.md',
    kind: 'duplicated paragraph',
    rule: 'duplicated-segment',
    find: 'A Vue fornece APIs de primeira classe para "gerar" uma aplicação de Vue em sequências de caracteres de HTML no servidor. Isto permite o servidor devolver o HTML pronto, permitindo os utilizadores finais ver o conteúdo imediatamente enquanto o JavaScript estiver a ser carregado. A Vue então "hidratará" a aplicação no lado do cliente para torná-la interativa. Isto é chamado [Interpretação no Lado do Servidor (SSR, sigla em Inglês)](/guide/scaling-up/ssr) e melhora grandemente as métricas Vitais da Núcleo da Web tais como [Pintura Alargada do Conteúdo (LCP)](https://web.dev/lcp/).',
    replace:
      'A Vue fornece APIs de primeira classe para "gerar" uma aplicação de Vue em sequências de caracteres de HTML no servidor. Isto permite o servidor devolver o HTML pronto, permitindo os utilizadores finais ver o conteúdo imediatamente enquanto o JavaScript estiver a ser carregado. A Vue então "hidratará" a aplicação no lado do cliente para torná-la interativa. Isto é chamado [Interpretação no Lado do Servidor (SSR, sigla em Inglês)](/guide/scaling-up/ssr) e melhora grandemente as métricas Vitais da Núcleo da Web tais como [Pintura Alargada do Conteúdo (LCP)](https://web.dev/lcp/).\n\nA Vue fornece APIs de primeira classe para "gerar" uma aplicação de Vue em sequências de caracteres de HTML no servidor. Isto permite o servidor devolver o HTML pronto, permitindo os utilizadores finais ver o conteúdo imediatamente enquanto o JavaScript estiver a ser carregado. A Vue então "hidratará" a aplicação no lado do cliente para torná-la interativa. Isto é chamado [Interpretação no Lado do Servidor (SSR, sigla em Inglês)](/guide/scaling-up/ssr) e melhora grandemente as métricas Vitais da Núcleo da Web tais como [Pintura Alargada do Conteúdo (LCP)](https://web.dev/lcp/).',
    span: 2
  },
  {
    page: 'src/guide/essentials/lifecycle.md',
    kind: 'wrong term',
    rule: 'missing-target-term',
    find: 'Cada instância do componente de Vue percorre uma série de etapas de inicialização quando for criado - por exemplo, este precisa definir a observação de dados, compilar o modelo de marcação, montar a instância ao DOM, e atualizar o DOM quando os dados mudarem. Pelo caminho, este também executa funções chamadas de funções gatilhos do ciclo de vida, dando aos utilizadores a oportunidade de adicionar o seu próprio código em estágios específicos.',
    replace:
      'Cada instância do dispositivo de Vue percorre uma série de etapas de inicialização quando for criado - por exemplo, este precisa definir a observação de dados, compilar o modelo de marcação, montar a instância ao DOM, e atualizar o DOM quando os dados mudarem. Pelo caminho, este também executa funções chamadas de funções gatilhos do ciclo de vida, dando aos utilizadores a oportunidade de adicionar o seu próprio código em estágios específicos.'
  },
  {
    page: 'src/guide/essentials/lifecycle.md',
    kind: 'deprecated term',
    rule: 'deprecated-target-term',
    find: 'Por exemplo, a função gatilho <span class="composition-api">`onMounted`</span><span class="options-api">`mounted`</span> pode ser usada para executar o código depois do componente ter terminado a interpretação inicial e criado os nós do DOM:',
    replace:
      'Por exemplo, a função gatilho <span class="composition-api">`onMounted`</span><span class="options-api">`mounted`</span> pode ser usada para executar o código depois do component ter terminado a interpretação inicial e criado os nós do DOM:'
  },
  {
    page: 'src/guide/essentials/lifecycle.md',
    kind: 'name altered',
    rule: 'do-not-translate',
    find: 'Quando chamamos `onMounted`, a Vue associa automaticamente a função de resposta registada com a instância do componente ativo atualmente. Isto exige que estas funções gatilhos estejam registadas **de maneira síncrona** durante a definição do componente. Por exemplo, não devemos fazer isto:',
    replace:
      'Quando chamamos `onMounted`, a Veu associa automaticamente a função de resposta registada com a instância do componente ativo atualmente. Isto exige que estas funções gatilhos estejam registadas **de maneira síncrona** durante a definição do componente. Por exemplo, não devemos fazer isto:'
  },
  {
    page: 'src/guide/essentials/lifecycle.md',
    kind: 'sentence left in English',
    rule: 'untranslated',
    find: 'Também existem outras funções gatilhos que serão chamadas em diferentes estágios do ciclo de vida da instância, com as mais comummente usadas sendo <span class="composition-api">[`onMounted`](/api/composition-api-lifecycle#onmounted), [`onUpdated`](/api/composition-api-lifecycle#onupdated), e [`onUnmounted`](/api/composition-api-lifecycle#onunmounted).</span><span class="options-api">[`mounted`](/api/options-lifecycle#mounted), [`updated`](/api/options-lifecycle#updated), e [`unmounted`](/api/options-lifecycle#unmounted).</span>',
    replace:
      'There are also other hooks which will be called at different stages of the instance\'s lifecycle, with the most commonly used being <span class="composition-api">[`onMounted`](/api/composition-api-lifecycle#onmounted), [`onUpdated`](/api/composition-api-lifecycle#onupdated), and [`onUnmounted`](/api/composition-api-lifecycle#onunmounted).</span><span class="options-api">[`mounted`](/api/options-lifecycle#mounted), [`updated`](/api/options-lifecycle#updated), and [`unmounted`](/api/options-lifecycle#unmounted).</span>'
  },
  {
    page: 'src/guide/essentials/lifecycle.md',
    kind: 'dropped paragraph',
    rule: 'unaligned-segment',
    find: '\nTodas as funções gatilhos do ciclo de vida são chamadas com o seu contexto de `this` apontando a instância ativa atualmente que estiver invocando-a. Nota que isto significa que devemos evitar usar funções flecha quando declaramos funções gatilhos do ciclo de vida, uma vez que não seremos capazes de acessar a instância do componente através da `this` se o fizermos.\n',
    replace: '\n'
  },
  {
    page: 'src/guide/essentials/lifecycle.md',
    kind: 'duplicated paragraph',
    rule: 'duplicated-segment',
    find: 'Reparemos que isto não significa que a chamada deve ser colocada de maneira léxica dentro da `setup()` ou `<script setup>`. A `onMounted()` pode ser chamada numa função externa enquanto a pilha de chamada for síncrona e surgir de dentro da `setup()`.',
    replace:
      'Reparemos que isto não significa que a chamada deve ser colocada de maneira léxica dentro da `setup()` ou `<script setup>`. A `onMounted()` pode ser chamada numa função externa enquanto a pilha de chamada for síncrona e surgir de dentro da `setup()`.\n\nReparemos que isto não significa que a chamada deve ser colocada de maneira léxica dentro da `setup()` ou `<script setup>`. A `onMounted()` pode ser chamada numa função externa enquanto a pilha de chamada for síncrona e surgir de dentro da `setup()`.',
    span: 2
  },
  {
    page: 'src/guide/scaling-up/sfc.md',
    kind: 'wrong term',
    rule: 'missing-target-term',
    find: 'O Componente de Ficheiro Único de Vue (mais conhecido como ficheiros `*.vue`, abreviado como **SFC** na sua sigla em Inglês) é um formato de ficheiro especial que permite-nos encapsular o modelo de marcação, a lógica, **e** a estilização dum componente de Vue num único ficheiro. Eis um componente de ficheiro único de exemplo:',
    replace:
      'O Componente de Ficheiro Único de Vue (mais conhecido como ficheiros `*.vue`, abreviado como **SFC** na sua sigla em Inglês) é um formato de ficheiro especial que permite-nos encapsular o modelo de marcação, a lógica, **e** a estilização dum dispositivo de Vue num único ficheiro. Eis um componente de ficheiro único de exemplo:'
  },
  {
    page: 'src/guide/scaling-up/sfc.md',
    kind: 'deprecated term',
    rule: 'deprecated-target-term',
    find: 'Conforme podemos ver, o Componente de Ficheiro Único da Vue é uma extensão natural do trio clássico HTML, CSS e JavaScript. Os blocos `<template>`, `<script>`, e `<style>` encapsulam e colocam a visão, a lógica e a estilização dum componente no mesmo ficheiro. A sintaxe completa é definida na [Especificação da Sintaxe do Componente de Ficheiro Único](/api/sfc-spec).',
    replace:
      'Conforme podemos ver, o Componente de Ficheiro Único da Vue é uma extensão natural do trio clássico HTML, CSS e JavaScript. Os blocos `<template>`, `<script>`, e `<style>` encapsulam e colocam a visão, a lógica e a estilização dum component no mesmo ficheiro. A sintaxe completa é definida na [Especificação da Sintaxe do Componente de Ficheiro Único](/api/sfc-spec).'
  },
  {
    page: 'src/guide/scaling-up/sfc.md',
    kind: 'name altered',
    rule: 'do-not-translate',
    find: 'O Componente de Ficheiro Único é uma funcionalidade determinante da Vue como uma abstração, e é a abordagem recomendada para usar a Vue nos seguintes cenários:',
    replace:
      'O Componente de Ficheiro Único é uma funcionalidade determinante da Veu como uma abstração, e é a abordagem recomendada para usar a Vue nos seguintes cenários:'
  },
  {
    page: 'src/guide/scaling-up/sfc.md',
    kind: 'sentence left in English',
    rule: 'untranslated',
    find: 'Nos projetos de verdade, normalmente integramos o compilador de SFC com uma ferramenta de construção tal como [Vite](https://vitejs.dev/) ou [Vue CLI](http://cli.vuejs.org/) (que é baseada sobre [Webpack](https://webpack.js.org/)), e a Vue fornece ferramentas de estruturação de projetos oficiais para começares com os SFCs o mais rápido possível. Consulte mais detalhes na secção [Ferramental de SFC](/guide/scaling-up/tooling)',
    replace:
      'In actual projects, we typically integrate the SFC compiler with a build tool such as [Vite](https://vitejs.dev/) or [Vue CLI](http://cli.vuejs.org/) (which is based on [webpack](https://webpack.js.org/)), and Vue provides official scaffolding tools to get you started with SFCs as fast as possible. Check out more details in the [SFC Tooling](/guide/scaling-up/tooling) section.'
  },
  {
    page: 'src/guide/scaling-up/sfc.md',
    kind: 'duplicated paragraph',
    rule: 'duplicated-segment',
    find: 'Os utilizadores que vêm dum contexto do desenvolvimento da Web tradicional podem ter a preocupação que os Componentes de Ficheiro Único estão misturando interesses diferentes no mesmo lugar - que HTML/CSS/JS eram suposto estarem separados!',
    replace:
      'Os utilizadores que vêm dum contexto do desenvolvimento da Web tradicional podem ter a preocupação que os Componentes de Ficheiro Único estão misturando interesses diferentes no mesmo lugar - que HTML/CSS/JS eram suposto estarem separados!\n\nOs utilizadores que vêm dum contexto do desenvolvimento da Web tradicional podem ter a preocupação que os Componentes de Ficheiro Único estão misturando interesses diferentes no mesmo lugar - que HTML/CSS/JS eram suposto estarem separados!',
    span: 2
  },
  {
    page: 'src/guide/essentials/conditional.md',
    kind: 'sentence left in English',
    rule: 'untranslated',
    find: 'A diretiva `v-if` é usada para interpretar um bloco condicionalmente. O bloco apenas será interpretado se a expressão da diretiva retornar um valor verdadeiro:',
    replace:
      "The directive `v-if` is used to conditionally render a block. The block will only be rendered if the directive's expression returns a truthy value."
  },
  {
    page: 'src/guide/essentials/conditional.md',
    kind: 'dropped paragraph',
    rule: 'unaligned-segment',
    find: '\nUma vez que a `v-if` é uma diretiva, esta precisa ser atribuída a um único elemento. Porém, e se quiséssemos alternar mais que um elemento? Neste caso podemos usar a `v-if` sobre um elemento `<template>`, que serve como um embrulhador invisível. O resultado final interpretado não incluirá o elemento `<template>`:\n',
    replace: '\n'
  },
  {
    page: 'src/guide/essentials/conditional.md',
    kind: 'duplicated paragraph',
    rule: 'duplicated-segment',
    find: 'Um elemento `v-else` deve seguir imediatamente um elemento `v-if` ou `v-else-if` - de outro modo não será reconhecido.',
    replace:
      'Um elemento `v-else` deve seguir imediatamente um elemento `v-if` ou `v-else-if` - de outro modo não será reconhecido.\n\nUm elemento `v-else` deve seguir imediatamente um elemento `v-if` ou `v-else-if` - de outro modo não será reconhecido.',
    span: 2
  },
  {
    page: 'src/guide/essentials/application.md',
    kind: 'wrong term',
    rule: 'missing-target-term',
    find: 'O objeto que passamos à `createApp` é na realidade um componente. Todas as aplicações exigem um "componente de raiz" que pode conter outros componentes como seus filhos.',
    replace:
      'O objeto que passamos à `createApp` é na realidade um dispositivo. Todas as aplicações exigem um "componente de raiz" que pode conter outros componentes como seus filhos.'
  },
  {
    page: 'src/guide/essentials/application.md',
    kind: 'deprecated term',
    rule: 'deprecated-target-term',
    find: 'Se estivermos a usar os componentes de ficheiro único, normalmente importamos o componente de raiz a partir dum outro ficheiro:',
    replace:
      'Se estivermos a usar os components de ficheiro único, normalmente importamos o componente de raiz a partir dum outro ficheiro:'
  },
  {
    page: 'src/guide/essentials/application.md',
    kind: 'name altered',
    rule: 'do-not-translate',
    find: 'Todas as aplicações de Vue começam com a criação duma nova **instância de aplicação** com a função [`createApp`](/api/application#createapp):',
    replace:
      'Todas as aplicações de Veu começam com a criação duma nova **instância de aplicação** com a função [`createApp`](/api/application#createapp):'
  },
  {
    page: 'src/guide/essentials/application.md',
    kind: 'sentence left in English',
    rule: 'untranslated',
    find: 'Embora muitos dos exemplos neste guia apenas precisam dum único componente, a maioria das aplicações reias são organizadas numa árvore de componentes reutilizáveis e encaixados. Por exemplo, a árvore de componente duma aplicação de afazeres pode parecer-se com isto:',
    replace:
      "While many examples in this guide only need a single component, most real applications are organized into a tree of nested, reusable components. For example, a Todo application's component tree might look like this:"
  },
  {
    page: 'src/guide/essentials/application.md',
    kind: 'dropped paragraph',
    rule: 'unaligned-segment',
    find: '\nNas seções posteriores do guia, discutiremos como definir e compor vários componentes. Antes disto, nos concentraremos no que acontece dentro dum único componente.\n',
    replace: '\n'
  },
  {
    page: 'src/guide/essentials/application.md',
    kind: 'duplicated paragraph',
    rule: 'duplicated-segment',
    find: 'Uma instância de aplicação não interpretará nada até o seu método `mount()` ser chamado. Esta espera um argumento "contentor", que pode ser ou elemento do DOM verdadeiro ou uma sequência de caracteres de seletor:',
    replace:
      'Uma instância de aplicação não interpretará nada até o seu método `mount()` ser chamado. Esta espera um argumento "contentor", que pode ser ou elemento do DOM verdadeiro ou uma sequência de caracteres de seletor:\n\nUma instância de aplicação não interpretará nada até o seu método `mount()` ser chamado. Esta espera um argumento "contentor", que pode ser ou elemento do DOM verdadeiro ou uma sequência de caracteres de seletor:',
    span: 2
  },
  {
    page: 'src/guide/reusability/plugins.md',
    kind: 'name altered',
    rule: 'do-not-translate',
    find: 'As extensões são códigos auto-contidos que normalmente adicionam funcionalidade de nível de aplicação para a Vue. Isto é como instalamos uma extensão:',
    replace:
      'As extensões são códigos auto-contidos que normalmente adicionam funcionalidade de nível de aplicação para a Veu. Isto é como instalamos uma extensão:'
  },
  {
    page: 'src/guide/reusability/plugins.md',
    kind: 'sentence left in English',
    rule: 'untranslated',
    find: 'Uma extensão é definida tanto como um objeto que expõe um método `install()`, ou simplesmente como uma função que atua como a própria função de instalação. A função de instalação recebe a [instância de aplicação](/api/application) juntamente com as opções adicionais passadas para `app.use()`, se houverem:',
    replace:
      'A plugin is defined as either an object that exposes an `install()` method, or simply a function that acts as the install function itself. The install function receives the [app instance](/api/application) along with additional options passed to `app.use()`, if any:'
  },
  {
    page: 'src/guide/reusability/plugins.md',
    kind: 'dropped paragraph',
    rule: 'unaligned-segment',
    find: '\nVamos começar definindo o objeto da extensão. É recomendado criá-lo em um ficheiro separado e exportá-lo, como mostrado abaixo para manter a lógica contida e separada.\n',
    replace: '\n'
  },
  {
    page: 'src/guide/reusability/plugins.md',
    kind: 'duplicated paragraph',
    rule: 'duplicated-segment',
    find: 'Não existe escopo definido estritamente para uma extensão, mas os cenários comuns onde as extensões são úteis incluem:',
    replace:
      'Não existe escopo definido estritamente para uma extensão, mas os cenários comuns onde as extensões são úteis incluem:\n\nNão existe escopo definido estritamente para uma extensão, mas os cenários comuns onde as extensões são úteis incluem:',
    span: 2
  },
  {
    page: 'src/guide/built-ins/keep-alive.md',
    kind: 'wrong term',
    rule: 'missing-target-term',
    find: 'Por padrão, `<KeepAlive>` cacheará qualquer instância de componente no lado de dentro. Nós podemos personalizar este comportamento através das propriedades `include` e `exclude`. Ambas propriedades podem ser uma sequência de caracteres delimitada por vírgula, uma `RegExp` (Expressão Regular), ou arranjo contendo quaisquer tipos:',
    replace:
      'Por padrão, `<KeepAlive>` cacheará qualquer instância de dispositivo no lado de dentro. Nós podemos personalizar este comportamento através das propriedades `include` e `exclude`. Ambas propriedades podem ser uma sequência de caracteres delimitada por vírgula, uma `RegExp` (Expressão Regular), ou arranjo contendo quaisquer tipos:'
  },
  {
    page: 'src/guide/built-ins/keep-alive.md',
    kind: 'deprecated term',
    rule: 'deprecated-target-term',
    find: 'Nós podemos limitar o número máximo de instâncias de componente que podem ser cacheadas através da propriedade `max`. Quando `max` é especificada, `<KeepAlive>` comporta-se como um [cache de LRU](<https://en.wikipedia.org/wiki/Cache_replacement_policies#Least_recently_used_(LRU)>): se o número de instâncias cacheadas exceder a contagem máxima especidada, a menor instância cacheada acessada recentemente será destruída para arranjar espaço para uma nova.',
    replace:
      'Nós podemos limitar o número máximo de instâncias de component que podem ser cacheadas através da propriedade `max`. Quando `max` é especificada, `<KeepAlive>` comporta-se como um [cache de LRU](<https://en.wikipedia.org/wiki/Cache_replacement_policies#Least_recently_used_(LRU)>): se o número de instâncias cacheadas exceder a contagem máxima especidada, a menor instância cacheada acessada recentemente será destruída para arranjar espaço para uma nova.'
  },
  {
    page: 'src/guide/built-ins/keep-alive.md',
    kind: 'sentence left in English',
    rule: 'untranslated',
    find: 'No capítulo de Fundamentos de Componente, introduzimos a sintaxe para [Componentes Dinâmicos](/guide/essentials/component-basics.html#componentes-dinâmicos), utilizando o elemento especial `<component>`:',
    replace:
      'In the Component Basics chapter, we introduced the syntax for [Dynamic Components](/guide/essentials/component-basics#dynamic-components), using the `<component>` special element:'
  },
  {
    page: 'src/guide/built-ins/keep-alive.md',
    kind: 'dropped paragraph',
    rule: 'unaligned-segment',
    find: '\nQuando uma instância de componente for removida do DOM mas for parte de uma árvore de componente cacheada pelo  `<KeepAlive>`, ele entra em um estado **desativado** no lugar de ser desmontada. Quando uma instância de componente for inserida no DOM como parte de uma árvore cacheada, ele é **ativado**.\n',
    replace: '\n'
  },
  {
    page: 'src/guide/built-ins/keep-alive.md',
    kind: 'duplicated paragraph',
    rule: 'duplicated-segment',
    find: 'Notarás que quando mudado de volta, o anterior estado mudado teria sido reiniciado.',
    replace:
      'Notarás que quando mudado de volta, o anterior estado mudado teria sido reiniciado.\n\nNotarás que quando mudado de volta, o anterior estado mudado teria sido reiniciado.',
    span: 2
  },
  {
    page: 'src/guide/components/registration.md',
    kind: 'wrong term',
    rule: 'missing-target-term',
    find: 'Um componente da Vue precisa ser "registado" para que a Vue saiba onde localizar a sua implementação quando for encontrado num modelo de marcação. Existem duas maneiras de registar os componentes: global e local.',
    replace:
      'Um dispositivo da Vue precisa ser "registado" para que a Vue saiba onde localizar a sua implementação quando for encontrado num modelo de marcação. Existem duas maneiras de registar os componentes: global e local.'
  },
  {
    page: 'src/guide/components/registration.md',
    kind: 'deprecated term',
    rule: 'deprecated-target-term',
    find: 'Os componentes registados globalmente podem ser usados no modelo de marcação de qualquer componente dentro desta aplicação:',
    replace:
      'Os components registados globalmente podem ser usados no modelo de marcação de qualquer componente dentro desta aplicação:'
  },
  {
    page: 'src/guide/components/registration.md',
    kind: 'name altered',
    rule: 'do-not-translate',
    find: 'Nós podemos disponibilizar os componentes globalmente na [aplicação atual de Vue](/guide/essentials/application) usando o método `app.component()`:',
    replace:
      'Nós podemos disponibilizar os componentes globalmente na [aplicação atual de Veu](/guide/essentials/application) usando o método `app.component()`:'
  },
  {
    page: 'src/guide/components/registration.md',
    kind: 'sentence left in English',
    rule: 'untranslated',
    find: 'Isto aplica-se a todos os subcomponentes, o que significa que todos estes três componentes também estarão disponíveis _dentro de uns dos outros_.',
    replace:
      'This even applies to all subcomponents, meaning all three of these components will also be available _inside each other_.'
  },
  {
    page: 'src/guide/components/registration.md',
    kind: 'dropped paragraph',
    rule: 'unaligned-segment',
    find: '\nO registo local limita a disponibilidade dos componentes registados apenas ao componente atual. Este torna o relacionamento de dependências mais explícito, e é mais amigável a agitação da árvore de componentes.\n',
    replace: '\n'
  },
  {
    page: 'src/guide/components/registration.md',
    kind: 'duplicated paragraph',
    rule: 'duplicated-segment',
    find: 'No componente que não estivermos usando o `<script setup>`, precisaremos usar a opção `components`:',
    replace:
      'No componente que não estivermos usando o `<script setup>`, precisaremos usar a opção `components`:\n\nNo componente que não estivermos usando o `<script setup>`, precisaremos usar a opção `components`:',
    span: 2
  },
  {
    page: 'src/guide/extras/composition-api-faq.md',
    kind: 'wrong term',
    rule: 'missing-target-term',
    find: 'A API de Composição é uma funcionalidade embutida da Vue 3 e [Vue 2.7](https://blog.vuejs.org/posts/vue-2-7-naruto.html). Para versões mais antigas da Vue 2, use a extensão [`@vue/composition-api`](https://github.com/vuejs/composition-api) mantida oficialmente. Na Vue 3, é também primariamente usada juntamente com a sintaxe de [`<script setup>`](/api/sfc-script-setup) nos Componentes de Ficheiro Único. Cá está um exemplo básico de um componente usando a API de Composição:',
    replace:
      'A API de Composição é uma funcionalidade embutida da Vue 3 e [Vue 2.7](https://blog.vuejs.org/posts/vue-2-7-naruto.html). Para versões mais antigas da Vue 2, use a extensão [`@vue/composition-api`](https://github.com/vuejs/composition-api) mantida oficialmente. Na Vue 3, é também primariamente usada juntamente com a sintaxe de [`<script setup>`](/api/sfc-script-setup) nos Componentes de Ficheiro Único. Cá está um exemplo básico de um dispositivo usando a API de Composição:'
  },
  {
    page: 'src/guide/extras/composition-api-faq.md',
    kind: 'deprecated term',
    rule: 'deprecated-target-term',
    find: 'Muitos utilizadores amam que escrevamos código organizados por padrão com API de Opções: tudo tem o seu lugar baseado na opção em que se insere. No entanto, a API de Opções coloca sérias limitações quando a lógica de um único componente cresce além de um certo limiar de complexidade. Esta limitação é particularmente proeminente nos componentes que precisam de lidar com vários **interesses lógicos**, o que temos testemunhado em primeira mão em muitas aplicações de Vue 2 de produção.',
    replace:
      'Muitos utilizadores amam que escrevamos código organizados por padrão com API de Opções: tudo tem o seu lugar baseado na opção em que se insere. No entanto, a API de Opções coloca sérias limitações quando a lógica de um único component cresce além de um certo limiar de complexidade. Esta limitação é particularmente proeminente nos componentes que precisam de lidar com vários **interesses lógicos**, o que temos testemunhado em primeira mão em muitas aplicações de Vue 2 de produção.'
  },
  {
    page: 'src/guide/extras/composition-api-faq.md',
    kind: 'name altered',
    rule: 'do-not-translate',
    find: 'A API de Composição é um conjunto de APIs que permitem-nos escrever componentes de Vue usando funções importadas ao invés de declarar opções. É um termo abrangente que cobre as seguintes APIs:',
    replace:
      'A API de Composição é um conjunto de APIs que permitem-nos escrever componentes de Veu usando funções importadas ao invés de declarar opções. É um termo abrangente que cobre as seguintes APIs:'
  },
  {
    page: 'src/guide/extras/composition-api-faq.md',
    kind: 'number changed',
    rule: 'number-mismatch',
    find: 'Nos anos recentes, mais e mais programadores de frontend estão a adotar a [TypeScript](https://www.typescriptlang.org/) visto que ajuda-nos a escrever código mais robusto, fazer mudanças com mais confiança, e fornece uma excelente experiência de desenvolvimento com suporte de IDE. No entanto, a API de Opções, concebida originalmente em 2013, foi desenhada sem inferência de tipo em mente. Nós tínhamos que implementar alguma [ginástica de tipo absurdamente complexa](https://github.com/vuejs/core/blob/44b95276f5c086e1d88fa3c686a5f39eb5bb7821/packages/runtime-core/src/componentPublicInstance.ts#L132-L165) para fazer inferência de tipo funcionar com a API de Opções. Mesmo com todo este esforço, a inferência de tipo para API de Opções pode continuar a avariar para injeção de misturas e dependência.',
    replace:
      'Nos anos recentes, mais e mais programadores de frontend estão a adotar a [TypeScript](https://www.typescriptlang.org/) visto que ajuda-nos a escrever código mais robusto, fazer mudanças com mais confiança, e fornece uma excelente experiência de desenvolvimento com suporte de IDE. No entanto, a API de Opções, concebida originalmente em 2020, foi desenhada sem inferência de tipo em mente. Nós tínhamos que implementar alguma [ginástica de tipo absurdamente complexa](https://github.com/vuejs/core/blob/44b95276f5c086e1d88fa3c686a5f39eb5bb7821/packages/runtime-core/src/componentPublicInstance.ts#L132-L165) para fazer inferência de tipo funcionar com a API de Opções. Mesmo com todo este esforço, a inferência de tipo para API de Opções pode continuar a avariar para injeção de misturas e dependência.'
  },
  {
    page: 'src/guide/extras/composition-api-faq.md',
    kind: 'sentence left in English',
    rule: 'untranslated',
    find: 'A primeira vantagem da API de Composição é que possibilita clara, eficiente reutilização da lógica na forma de [funções de Composição](/guide/reusability/composables). Isto soluciona [todas as desvantagens das misturas](/guide/reusability/composables#vs-mixins), o mecanismo primário de reutilização de lógica para API de Opções.',
    replace:
      'The primary advantage of Composition API is that it enables clean, efficient logic reuse in the form of [Composable functions](/guide/reusability/composables). It solves [all the drawbacks of mixins](/guide/reusability/composables#vs-mixins), the primary logic reuse mechanism for Options API.'
  },
  {
    page: 'src/guide/extras/composition-api-faq.md',
    kind: 'dropped paragraph',
    rule: 'unaligned-segment',
    find: '\nA capacidade de reutilização de lógica da API de Composição tem dado origem a impressionantes projetos de comunidade tais como [VueUse](https://vueuse.org/), uma coleção em constante crescimento de utilitários de funções de composição. Ela também serve como um mecanismo claro para integrar facilmente serviços ou bibliotecas de terceiros com estado no sistema de reatividade da Vue, por exemplo [dados imutáveis](/guide/extras/reactivity-in-depth#immutable-data), [máquinas de estado](/guide/extras/reactivity-in-depth#state-machines), e [RxJS](/guide/extras/reactivity-in-depth#rxjs).\n',
    replace: '\n'
  },
  {
    page: 'src/guide/extras/composition-api-faq.md',
    kind: 'duplicated paragraph',
    rule: 'duplicated-segment',
    find: 'Tome o componente explorador de pasta da interface de utilizador gráfico da interface da linha de comando da Vue como um exemplo: este componente é responsável pelos seguintes interesses lógicos:',
    replace:
      'Tome o componente explorador de pasta da interface de utilizador gráfico da interface da linha de comando da Vue como um exemplo: este componente é responsável pelos seguintes interesses lógicos:\n\nTome o componente explorador de pasta da interface de utilizador gráfico da interface da linha de comando da Vue como um exemplo: este componente é responsável pelos seguintes interesses lógicos:',
    span: 2
  }
]
