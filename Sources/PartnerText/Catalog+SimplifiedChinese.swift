extension Catalog {
    /// Simplified Chinese (zh-Hans), in the words of Microsoft's Partner Center documentation in Chinese.
    static let simplifiedChinese: [String: String] = [
        "\nApply complete: {0} of {1} steps done.":
            "\n应用完成：已完成 {0}/{1} 步。",
        "\nApply these changes to the account? Only 'yes' is accepted: ":
            "\n要将这些更改应用到帐户吗？只接受输入 'yes'：",
        "\nInterrupted: stopping after the current step (Ctrl-C again stops at once).":
            "\n已中断：当前步骤完成后停止（再按一次 Ctrl-C 立即停止）。",
        "\nSaved the plan to {0}; apply it with: partnerctl apply --plan {1}":
            "\n计划已保存到 {0}；应用方法：partnerctl apply --plan {1}",
        "\nTerminated: stopping after the current step.":
            "\n已终止：当前步骤完成后停止。",
        "  failed: {0}: {1}":
            "  失败：{0}：{1}",
        " in '{0}'":
            "（位于 '{0}'）",
        "'catalog.{0}' names {1} that {2} does not list: '{3}'":
            "'catalog.{0}' 指定了{2}未列出的{1}：'{3}'",
        "'policy.pruneUsers' is true but the file declares no 'users'":
            "'policy.pruneUsers' 为 true，但文件中没有声明 'users'",
        "'{0}' contains an invisible character, {1}":
            "'{0}' 含有不可见字符 {1}",
        "'{0}' declares no account (tenantId and cloud under account:); 'partnerctl validate {1}' says why, or give --tenant ID":
            "'{0}' 没有声明帐户（account: 下的 tenantId 和 cloud）；运行 'partnerctl validate {1}' 查看原因，或者用 --tenant ID 指定帐户",
        "'{0}' declares no account (tenantId, cloud and domain under account:); 'partnerctl validate {1}' says why":
            "'{0}' 没有声明帐户（account: 下的 tenantId、cloud 和 domain）；运行 'partnerctl validate {1}' 查看原因",
        "'{0}' has no '{1}'; Partner Center requires it for addresses in {2}":
            "'{0}' 缺少 '{1}'；合作伙伴中心要求{2}的地址必须填写此项",
        "'{0}' has no value":
            "'{0}' 没有值",
        "'{0}' has no value; expected {1}":
            "'{0}' 没有值；应为{1}",
        "'{0}' in 'catalog.{1}' is neither an offer id nor a category":
            "'catalog.{1}' 中的 '{0}' 既不是产品 ID，也不是类别",
        "'{0}' in 'policy.protectedUsers' is not a user principal name":
            "'policy.protectedUsers' 中的 '{0}' 不是用户主体名称",
        "'{0}' is YAML's null; if it is the value, quote it: \"{1}\"":
            "'{0}' 在 YAML 中表示空值；如果它就是要填的值，请加引号：\"{1}\"",
        "'{0}' is blank":
            "'{0}' 为空",
        "'{0}' is both hidden and shown":
            "'{0}' 既被隐藏又被显示",
        "'{0}' is listed twice in 'catalog.{1}'":
            "'{0}' 在 'catalog.{1}' 中列出了两次",
        "'{0}' is missing required key '{1}'":
            "'{0}' 缺少必需的键 '{1}'",
        "'{0}' is not a store URL (expected sqlite:PATH, postgres://… or partnercenter:[URL])":
            "'{0}' 不是存储 URL（应为 sqlite:PATH、postgres://… 或 partnercenter:[URL]）",
        "'{0}' is not {1}: '{2}'":
            "'{0}' 不是{1}：'{2}'",
        "'{0}' is {1} characters long; Partner Center accepts at most {2}":
            "'{0}' 长 {1} 个字符；合作伙伴中心最多接受 {2} 个",
        "'{0}' must be '{1}' in {2}, found '{3}'":
            "在{2}中，'{0}' 必须是 '{1}'，但这里是 '{3}'",
        "'{0}' must be a province code of {1}, found '{2}'":
            "'{0}' 必须是{1}的省份代码，但这里是 '{2}'",
        "'{0}' must be a state code of {1}, found '{2}'":
            "'{0}' 必须是{1}的州代码，但这里是 '{2}'",
        "'{0}' must be a string, found {1}":
            "'{0}' 必须是字符串，但这里是{1}",
        "'{0}' must be a whole number from {1} to {2}, found '{3}'":
            "'{0}' 必须是 {1} 到 {2} 之间的整数，但这里是 '{3}'",
        "'{0}' must be one of {1}; found '{2}'":
            "'{0}' 必须是以下值之一：{1}；但这里是 '{2}'",
        "'{0}' must be true or false, found '{1}'":
            "'{0}' 必须是 true 或 false，但这里是 '{1}'",
        "'{0}' must be {1}, found {2}":
            "'{0}' 必须是{1}，但这里是{2}",
        "'{0}' skipped: {1} is a protected user":
            "已跳过 '{0}'：{1} 是受保护的用户",
        "'{0}' skipped: {1} is the last enabled global admin":
            "已跳过 '{0}'：{1} 是最后一位已启用的全局管理员",
        "'{0}'{1} is read-only":
            "'{0}'{1}是只读的",
        "'{0}.phoneNumber' is not a telephone number Partner Center accepts for {1}: '{2}'":
            "'{0}.phoneNumber' 不是合作伙伴中心接受的{1}电话号码：'{2}'",
        "'{0}.postalCode' is not a postal code of {1}: '{2}'":
            "'{0}.postalCode' 不是{1}的邮政编码：'{2}'",
        "'{0}.{1}' must be one that {2} supports, found '{3}'":
            "'{0}.{1}' 必须是{2}支持的值，但这里是 '{3}'",
        "(unset)":
            "（未设置）",
        ", ":
            "，",
        "--passwords-out '{0}' exists; name a new file (partnerctl never writes into a file it did not make)":
            "--passwords-out '{0}' 已存在；请指定一个新文件（partnerctl 从不写入并非由它创建的文件）",
        ".":
            "。",
        "5 digits":
            "5 位数字",
        "5 digits, or 5 and 4 (ZIP+4)":
            "5 位数字，或 5+4 位（ZIP+4）",
        "6 digits":
            "6 位数字",
        "; {0} check failed":
            "；{0} 项检查失败",
        "; {0} checks failed":
            "；{0} 项检查失败",
        "ACCOUNT":
            "帐户",
        "Apply failed: {0} done, {1} failed, {2} not started.":
            "应用失败：{0} 步完成，{1} 步失败，{2} 步未开始。",
        "Apply stopped ({0}): {1} done, {2} not started.":
            "应用已停止（{0}）：{1} 步完成，{2} 步未开始。",
        "Broke a stale lock {0}: its holder (pid {1} on {2}) is gone.":
            "已解除失效的锁 {0}：其持有者（{2} 上的 pid {1}）已不存在。",
        "Broke lock {0} on tenant {1}, held by {2}@{3} (pid {4}, '{5}') since {6}.":
            "已解除租户 {1} 上的锁 {0}，该锁由 {2}@{3}（pid {4}，'{5}'）自 {6} 起持有。",
        "CONFIG":
            "配置",
        "Catalog":
            "目录",
        "Catalog:":
            "目录:",
        "China":
            "中国",
        "Created store {0}.":
            "已创建存储 {0}。",
        "Dashboard > Account settings > Catalog in the Partner Center portal; it only pins up to five offers to the top of the list (hiding an offer is not a documented feature)":
            "合作伙伴中心门户的“仪表板 > 帐户设置 > 目录”；那里只能把最多五个产品置顶（隐藏产品并不是有文档说明的功能）",
        "Enrolled account {0} ({1}, {2}) with {3} catalog offers and no users.":
            "已登记帐户 {0}（{1}，{2}），含 {3} 个目录产品，尚无用户。",
        "Exported {0} ({1} users) to {2}.":
            "已将 {0}（{1} 个用户）导出到 {2}。",
        "Germany":
            "德国",
        "Microsoft sets the vetting status when it verifies the business":
            "审核状态由 Microsoft 在验证企业时设置",
        "No changes. The account matches the configuration.":
            "没有更改。帐户与配置一致。",
        "No store at {0} yet: planned against an empty account; 'partnerctl apply' creates the store and enrolls the account.":
            "{0} 处还没有存储：已按空帐户制定计划；'partnerctl apply' 会创建存储并登记帐户。",
        "Not managed by this store:":
            "此存储不管理以下设置：",
        "Not signed in: no credentials file (neither PARTNERCTL_CREDENTIALS nor HOME is set).":
            "未登录：没有凭据文件（PARTNERCTL_CREDENTIALS 和 HOME 都未设置）。",
        "Not signed in: there is no saved sign-in at {0}.":
            "未登录：{0} 中没有保存的登录信息。",
        "Partner Center":
            "合作伙伴中心",
        "Partner Center assigns the profile id":
            "资料 ID 由合作伙伴中心分配",
        "Partner Center has no API for catalog visibility":
            "合作伙伴中心没有用于设置目录可见性的 API",
        "Partner Center needs a value here; remove the key to leave the field unmanaged":
            "合作伙伴中心要求此处有值；如果不想管理该字段，请删除这个键",
        "Partner Center operated by 21Vianet":
            "由世纪互联运营的合作伙伴中心",
        "Partner Center writes Simplified Chinese as 'zh-CHS'":
            "合作伙伴中心把简体中文写作 'zh-CHS'",
        "Plan: {0} to add, {1} to change, {2} to remove.":
            "计划：新增 {0} 项，更改 {1} 项，删除 {2} 项。",
        "Portal: {0}.":
            "门户：{0}。",
        "Profile":
            "资料",
        "Profile:":
            "资料:",
        "RESULT":
            "结果",
        "Registered account {0} ({1}, {2}) with the ledger; its state is read from Partner Center.":
            "已在账本中登记帐户 {0}（{1}，{2}）；其状态从合作伙伴中心读取。",
        "Run 'partnerctl plan' to see what is left; steps already done will not run again.":
            "运行 'partnerctl plan' 查看剩余的更改；已完成的步骤不会再次运行。",
        "Sell > Catalog in the Partner Center portal; it only pins up to five offers to the top of the list (hiding an offer is not a documented feature)":
            "合作伙伴中心门户的“销售 > 目录”；那里只能把最多五个产品置顶（隐藏产品并不是有文档说明的功能）",
        "Signed in to tenant {0} ({1}) at {2}. Saved the sign-in to {3} (mode 0600); partnercenter: stores use it when neither PARTNERCTL_TOKEN nor PARTNERCTL_REFRESH_TOKEN is set.":
            "已通过 {2} 登录租户 {0}（{1}）。登录信息已保存到 {3}（权限 0600）；未设置 PARTNERCTL_TOKEN 和 PARTNERCTL_REFRESH_TOKEN 时，partnercenter: 存储会使用它。",
        "Signed out: removed the sign-in for tenant {0} ({1}) at {2}. The refresh token was not revoked at Microsoft.":
            "已注销：已删除 {2} 中租户 {0}（{1}）的登录信息。刷新令牌并未在 Microsoft 处吊销。",
        "The ledger has no record of account {0} yet: planned against the account as Partner Center holds it; 'partnerctl apply' registers it with the ledger.":
            "账本中还没有帐户 {0} 的记录：已按合作伙伴中心中的帐户现状制定计划；'partnerctl apply' 会在账本中登记它。",
        "The store has no account {0} yet: planned against an empty account; 'partnerctl apply' enrolls it.":
            "存储中还没有帐户 {0}：已按空帐户制定计划；'partnerctl apply' 会登记它。",
        "UK postcodes":
            "英国邮政编码",
        "Users and roles":
            "用户和角色",
        "Users:":
            "用户:",
        "Waiting for the account lock: {0}":
            "正在等待帐户锁：{0}",
        "Wrote {0} temporary password to {1}.":
            "已将 {0} 个临时密码写入 {1}。",
        "Wrote {0} temporary passwords to {1}.":
            "已将 {0} 个临时密码写入 {1}。",
        "a GUID":
            "GUID",
        "a boolean":
            "布尔值",
        "a bundle may name other bundles, but not in a circle":
            "角色组合可以引用其他组合，但不能形成循环",
        "a category":
            "类别",
        "a configuration file needs few aliases; write the values out":
            "配置文件用不了这么多别名；请把值完整写出",
        "a configuration starts with 'apiVersion: {0}'":
            "配置文件以 'apiVersion: {0}' 开头",
        "a culture name such as 'zh-CN' or 'en-US'":
            "区域性名称，例如 'zh-CN' 或 'en-US'",
        "a domain name":
            "域名",
        "a language tag such as 'zh-CHS' or 'en'":
            "语言标记，例如 'zh-CHS' 或 'en'",
        "a mapping":
            "映射",
        "a number":
            "数字",
        "a sequence":
            "序列",
        "a string":
            "字符串",
        "a two-letter country code in upper case":
            "两个大写字母的国家/地区代码",
        "a user principal name":
            "用户主体名称",
        "a valid email address":
            "有效的电子邮件地址",
        "a valid telephone number":
            "有效的电话号码",
        "a value tagged '{0}'":
            "带有标签 '{0}' 的值",
        "a whole number":
            "整数",
        "about {0} min {1} s left":
            "约剩 {0} 分 {1} 秒",
        "about {0} s left":
            "约剩 {0} 秒",
        "accounts operated by 21Vianet are in China":
            "由世纪互联运营的帐户位于中国",
        "add 'state: {0}'":
            "请添加 'state: {0}'",
        "alias '*{0}' names no anchor":
            "别名 '*{0}' 没有对应的锚点",
        "aliases expand to more than {0} nodes":
            "别名展开后超过 {0} 个节点",
        "an http or https URL":
            "以 http 或 https 开头的 URL",
        "an offer":
            "产品",
        "apply cancelled; nothing was changed":
            "已取消应用；未做任何更改",
        "attributes are returned by the service, not written":
            "属性由服务返回，无需填写",
        "block sequence entries are not allowed in this context":
            "此处不允许出现块序列项",
        "cannot expand '{0}' in the store URL '{1}'; write the folder out in full":
            "无法展开存储 URL '{1}' 中的 '{0}'；请写出完整的文件夹路径",
        "cannot read '{0}': {1}":
            "无法读取 '{0}'：{1}",
        "catalog.default is {0}":
            "catalog.default 为 {0}",
        "category:{0} is in catalog.hide":
            "category:{0} 在 catalog.hide 中",
        "category:{0} is in catalog.show":
            "category:{0} 在 catalog.show 中",
        "collections are nested deeper than {0} levels":
            "集合的嵌套超过 {0} 层",
        "control character U+{0} is not allowed":
            "不允许使用控制字符 U+{0}",
        "control characters are not allowed":
            "不允许使用控制字符",
        "could not find expected ':'":
            "找不到预期的 ':'",
        "could not record the new user's temporary password, so the user was not created: {0}":
            "无法记录新用户的临时密码，因此未创建该用户：{0}",
        "declare at least one enabled user with role 'global-admin' so the account always keeps one":
            "请至少声明一个拥有 'global-admin' 角色的已启用用户，确保帐户始终保有一位全局管理员",
        "declare the user, enabled and with an admin role, so the file cannot remove them by omission":
            "请声明该用户，设为已启用并授予管理员角色，以免因遗漏而被删除",
        "declared enabled":
            "声明为已启用",
        "declared for the new user":
            "为新用户声明",
        "declared in the configuration":
            "已在配置中声明",
        "declared in the configuration, not in the account":
            "已在配置中声明，但帐户中没有",
        "declared with enabled: false":
            "声明为 enabled: false",
        "define it under 'roles', or use a built-in role":
            "请在 'roles' 下定义它，或使用内置角色",
        "delete it: it cannot be seen, but Partner Center stores it and names that differ by it look the same":
            "请删除它：它看不见，但合作伙伴中心会保存它，仅因它而不同的名称看起来一模一样",
        "did not find expected ',' or ']'":
            "找不到预期的 ',' 或 ']'",
        "did not find expected ',' or '}'":
            "找不到预期的 ',' 或 '}'",
        "did not find expected '-' indicator":
            "找不到预期的 '-' 指示符",
        "did not find expected key":
            "找不到预期的键",
        "did not find expected node content":
            "找不到预期的节点内容",
        "did you mean '{0}'?":
            "您是不是想写 '{0}'？",
        "done":
            "完成",
        "drift: {0} to add, {1} to change, {2} to remove":
            "漂移：新增 {0}，更改 {1}，删除 {2}",
        "duplicate key '{0}'":
            "重复的键 '{0}'",
        "duplicate user '{0}'":
            "重复的用户 '{0}'",
        "error:":
            "错误:",
        "error: {0}":
            "错误: {0}",
        "failed":
            "失败",
        "first declared here":
            "首次声明于此处",
        "first defined here":
            "首次定义于此处",
        "first listed here":
            "首次列出于此处",
        "for example 'postalCode: \"{0}\"'":
            "例如 'postalCode: \"{0}\"'",
        "for example '{0}'":
            "例如 '{0}'",
        "for example: iconv -f {0} -t UTF-8 FILE > FILE.utf8":
            "例如：iconv -f {0} -t UTF-8 FILE > FILE.utf8",
        "found a tab character that violates indentation":
            "发现了破坏缩进的制表符",
        "found character that cannot start any token":
            "发现了不能作为任何标记开头的字符",
        "found undefined tag handle":
            "发现了未定义的标签句柄",
        "found unexpected end of stream":
            "文件意外结束",
        "found unknown escape character":
            "发现了未知的转义字符",
        "give it a value, or remove the key":
            "请填写值，或删除这个键",
        "give it a value, or remove the key to leave the field unmanaged":
            "请填写值；如果不想管理该字段，请删除这个键",
        "give the bundle a name of its own":
            "请给这个组合另起一个名称",
        "hidden":
            "隐藏",
        "hint:":
            "提示:",
        "it is a directory":
            "它是一个目录",
        "it is larger than {0} bytes, the input size limit (raise it with --max-input-size or PARTNERCTL_MAX_INPUT_SIZE)":
            "它超过了输入大小上限 {0} 字节（可用 --max-input-size 或 PARTNERCTL_MAX_INPUT_SIZE 调高）",
        "keys in '{0}' must be plain names, found {1}":
            "'{0}' 中的键必须是普通名称，但这里是{1}",
        "links are returned by the service, not written":
            "链接由服务返回，无需填写",
        "listed in catalog.hide":
            "列在 catalog.hide 中",
        "listed in catalog.show":
            "列在 catalog.show 中",
        "login signs in to Partner Center: --store must be partnercenter: or partnercenter:URL, not '{0}'":
            "login 用于登录合作伙伴中心：--store 必须是 partnercenter: 或 partnercenter:URL，而不是 '{0}'",
        "mapping values are not allowed in this context":
            "此处不允许出现映射值",
        "merge keys are not supported; write the entries out":
            "不支持合并键（<<）；请把各项完整写出",
        "missing required key '{0}'":
            "缺少必需的键 '{0}'",
        "name the account to sign in to: --tenant ID [--cloud global|china], or --config FILE ('{0}' does not exist)":
            "请指定要登录的帐户：--tenant ID [--cloud global|china]，或 --config FILE（'{0}' 不存在）",
        "no application to sign in with: give --client-id ID or set PARTNERCTL_CLIENT_ID (the app registration's client id)":
            "没有用于登录的应用程序：请指定 --client-id ID 或设置 PARTNERCTL_CLIENT_ID（应用注册的客户端 ID）",
        "no drift":
            "无漂移",
        "no enabled user holds 'global-admin'":
            "没有已启用的用户拥有 'global-admin'（全局管理员）角色",
        "no lock has id '{0}'":
            "没有 ID 为 '{0}' 的锁",
        "no store at {0}; 'partnerctl apply' creates it":
            "{0} 处没有存储；'partnerctl apply' 会创建它",
        "no such file":
            "文件不存在",
        "not declared for this user":
            "未为该用户声明",
        "not in the configuration, and policy.pruneUsers is true":
            "不在配置中，且 policy.pruneUsers 为 true",
        "note:":
            "注:",
        "note: an apply by {0}@{1} (pid {2}) started {3} and has not finished; this plan may be out of date when it does.":
            "注: {0}@{1}（pid {2}）于 {3} 开始的一次应用尚未结束；等它结束后，这个计划可能已经过时。",
        "nothing managed":
            "未管理任何内容",
        "nowhere to save the sign-in: set PARTNERCTL_CREDENTIALS to a file path (HOME is not set)":
            "无处保存登录信息：请把 PARTNERCTL_CREDENTIALS 设置为一个文件路径（HOME 未设置）",
        "null":
            "空值",
        "out of memory":
            "内存不足",
        "permission denied":
            "权限不足",
        "postal codes in {0} are {1}":
            "{0}的邮政编码格式为 {1}",
        "protected here":
            "在此处设为受保护",
        "protected user '{0}' holds no admin role":
            "受保护的用户 '{0}' 没有任何管理员角色",
        "protected user '{0}' is declared disabled":
            "受保护的用户 '{0}' 被声明为已禁用",
        "protected user '{0}' is not declared in 'users'":
            "受保护的用户 '{0}' 未在 'users' 中声明",
        "protected users are never demoted; give them an admin role such as 'global-admin'":
            "受保护的用户永远不会被降级；请授予管理员角色，例如 'global-admin'",
        "protected users are never disabled; remove 'enabled: false' or the protection":
            "受保护的用户永远不会被禁用；请删除 'enabled: false' 或取消保护",
        "refusing the plan: it breaks partnerctl's rules\n{0}":
            "拒绝执行该计划：它违反了 partnerctl 的规则\n{0}",
        "refusing the plan: {0} catalog step ({1}) cannot be carried out: {2}; plan again against this store":
            "拒绝执行该计划：其中 {0} 个目录步骤（{1}）无法执行：{2}；请针对此存储重新制定计划",
        "refusing the plan: {0} catalog steps ({1}) cannot be carried out: {2}; plan again against this store":
            "拒绝执行该计划：其中 {0} 个目录步骤（{1}）无法执行：{2}；请针对此存储重新制定计划",
        "refusing the plan: {0}; if that is intended, apply again with --allow-mass-removal":
            "拒绝执行该计划：{0}；如果这正是你的本意，请加上 --allow-mass-removal 再次应用",
        "refusing to apply without confirmation: standard input is not a terminal; pass --auto-approve":
            "未经确认，拒绝应用：标准输入不是终端；请传入 --auto-approve",
        "remove it, or write it as an escape inside double quotes":
            "请删除它，或在双引号内写成转义序列",
        "remove the quotes: a quoted value is a string":
            "请去掉引号：加了引号的值是字符串",
        "remove the repeated '{0}'":
            "请删除重复的 '{0}'",
        "remove the tag '{0}': a string field takes the text as written":
            "请删除标签 '{0}'：字符串字段会按原样使用所写的文本",
        "role bundle '{0}'":
            "角色组合 '{0}'",
        "role bundle '{0}' has the name of a built-in role":
            "角色组合 '{0}' 与内置角色同名",
        "role bundle '{0}' includes itself: {1}":
            "角色组合 '{0}' 包含了自身：{1}",
        "role {0}":
            "角色 {0}",
        "roles offered there: {0}":
            "此云提供的角色：{0}",
        "save the file as UTF-8":
            "请将文件另存为 UTF-8",
        "see Sources/PartnerModel/Resources/catalog-{0}.json for the catalog's ids":
            "目录中的 ID 见 Sources/PartnerModel/Resources/catalog-{0}.json",
        "step '{0}' was rejected: {1}":
            "步骤 '{0}' 被拒绝：{1}",
        "tag '{0}' is not supported; only YAML's core tags (!!str, !!int, !!bool, !!null, !!float, !!map, !!seq) are":
            "不支持标签 '{0}'；只支持 YAML 的核心标签（!!str、!!int、!!bool、!!null、!!float、!!map、!!seq）",
        "text with control characters":
            "含控制字符的文本",
        "the Partner Center store is named partnercenter: (the real endpoints) or partnercenter:URL (one base URL, as 'partnerctl serve' offers), not {0}":
            "合作伙伴中心存储应写作 partnercenter:（真实端点）或 partnercenter:URL（单个基础 URL，与 'partnerctl serve' 提供的一样），而不是 {0}",
        "the Partner Center store needs credentials: run 'partnerctl login', or set PARTNERCTL_TOKEN and PARTNERCTL_GRAPH_TOKEN, or PARTNERCTL_CLIENT_ID with PARTNERCTL_REFRESH_TOKEN (and PARTNERCTL_CLIENT_SECRET)":
            "合作伙伴中心存储需要凭据：请运行 'partnerctl login'，或设置 PARTNERCTL_TOKEN 和 PARTNERCTL_GRAPH_TOKEN，或 PARTNERCTL_CLIENT_ID 加 PARTNERCTL_REFRESH_TOKEN（以及 PARTNERCTL_CLIENT_SECRET）",
        "the United Kingdom":
            "英国",
        "the United States":
            "美国",
        "the account is locked by {0}@{1} (pid {2}, '{3}') since {4}; lock id {5}":
            "帐户已被 {0}@{1}（pid {2}，'{3}'）锁定，始于 {4}；锁 ID 为 {5}",
        "the apply lost the account's lock ({0}); it stopped, and the step was not carried out":
            "应用失去了帐户锁（{0}）；已停止，该步骤未执行",
        "the billing currency follows from the account's market":
            "结算货币由帐户所在的市场决定",
        "the billing day is set by Partner Center":
            "结算日由合作伙伴中心设置",
        "the catalog rule '{0}' names nothing in the account's catalog":
            "目录规则 '{0}' 没有匹配帐户目录中的任何内容",
        "the codes for {0}: {1}":
            "{0}的代码：{1}",
        "the domain is fixed; declare it as account.domain":
            "域是固定的；请在 account.domain 中声明",
        "the file has more than one YAML document; partnerctl reads one":
            "文件包含多个 YAML 文档；partnerctl 只读取一个",
        "the file has no configuration":
            "文件中没有配置",
        "the file is not valid UTF-8 text (byte 0x{0} here)":
            "文件不是有效的 UTF-8 文本（此处的字节为 0x{0}）",
        "the file is not valid YAML text ({0})":
            "文件不是有效的 YAML 文本（{0}）",
        "the file is {0} text; save it as UTF-8":
            "文件是 {0} 编码的文本；请另存为 UTF-8",
        "the file looks like GB18030 (GBK) text, the usual legacy encoding for Chinese; convert it: iconv -f GB18030 -t UTF-8 FILE > FILE.utf8":
            "文件看起来是 GB18030（GBK）编码，这是中文常见的旧编码；请转换：iconv -f GB18030 -t UTF-8 FILE > FILE.utf8",
        "the plan creates {0} user; pass --passwords-out FILE to receive their temporary passwords (or --passwords-out - to print them)":
            "该计划会创建 {0} 个用户；请传入 --passwords-out FILE 来接收他们的临时密码（或用 --passwords-out - 直接打印）",
        "the plan creates {0} users; pass --passwords-out FILE to receive their temporary passwords (or --passwords-out - to print them)":
            "该计划会创建 {0} 个用户；请传入 --passwords-out FILE 来接收他们的临时密码（或用 --passwords-out - 直接打印）",
        "the profile type follows from the section":
            "资料类型由所在的节决定",
        "the store URL 'sqlite:' names no file":
            "存储 URL 'sqlite:' 没有指定文件",
        "the store has no account with tenant id '{0}'":
            "存储中没有租户 ID 为 '{0}' 的帐户",
        "the store holds tenant {0} as {1} cloud, domain '{2}'; the configuration says {3}, '{4}'":
            "存储中的租户 {0} 属于 {1} 云，域为 '{2}'；而配置中写的是 {3}、'{4}'",
        "the store is damaged: {0}; restore it from a backup, or run 'partnerctl check' for details":
            "存储已损坏：{0}；请从备份恢复，或运行 'partnerctl check' 查看详情",
        "the tenant is fixed; declare it as account.tenantId":
            "租户是固定的；请在 account.tenantId 中声明",
        "the user differs from the configuration":
            "用户与配置不同",
        "the {0} profile differs from the configuration":
            "{0} 资料与配置不同",
        "this partnerctl reads '{0}'":
            "此版本的 partnerctl 读取 '{0}'",
        "true or false":
            "true 或 false",
        "unknown key '{0}'{1}":
            "未知的键 '{0}'{1}",
        "unsupported apiVersion '{0}'":
            "不支持的 apiVersion '{0}'",
        "use the province code '{0}'":
            "请使用省份代码 '{0}'",
        "use the state code '{0}'":
            "请使用州代码 '{0}'",
        "user '{0}'":
            "用户 '{0}'",
        "user '{0}' is outside the account's domain '{1}'":
            "用户 '{0}' 不在该帐户的域 '{1}' 中",
        "user principal names are compared ignoring case":
            "比较用户主体名称时不区分大小写",
        "users of this account sign in as name{0}":
            "此帐户的用户登录名应形如 名称{0}",
        "valid keys here: {0}":
            "此处可用的键：{0}",
        "visible":
            "可见",
        "warning:":
            "警告:",
        "warning: apply will refuse this plan without --allow-mass-removal: {0}":
            "警告: 不加 --allow-mass-removal 时 apply 会拒绝这个计划：{0}",
        "warning: the renewed sign-in could not be saved: {0}":
            "警告：无法保存更新后的登录信息：{0}",
        "while parsing a block collection":
            "解析块集合时",
        "while parsing a block mapping":
            "解析块映射时",
        "while parsing a block node":
            "解析块节点时",
        "while parsing a flow mapping":
            "解析流式映射时",
        "while parsing a flow node":
            "解析流式节点时",
        "while parsing a flow sequence":
            "解析流式序列时",
        "while parsing a node":
            "解析节点时",
        "while parsing a tag":
            "解析标签时",
        "while scanning a block scalar":
            "扫描块标量时",
        "while scanning a plain scalar":
            "扫描普通标量时",
        "while scanning a quoted scalar":
            "扫描带引号的标量时",
        "while scanning a simple key":
            "扫描简单键时",
        "while scanning a tag":
            "扫描标签时",
        "while scanning an alias":
            "扫描别名时",
        "while scanning an anchor":
            "扫描锚点时",
        "without a 'users' list every user would be deleted; declare the users to keep":
            "没有 'users' 列表时，所有用户都会被删除；请声明要保留的用户",
        "write '{0}'":
            "请写成 '{0}'",
        "write an offer id ('CFQ7TTC0LH18', 'MS-AZR-0145P' or a GUID) or 'category:<id>'":
            "请写产品 ID（'CFQ7TTC0LH18'、'MS-AZR-0145P' 或 GUID）或 'category:<id>'",
        "write false (YAML 1.1 words like '{0}' are not booleans here)":
            "请写 false（'{0}' 这类 YAML 1.1 的写法在这里不是布尔值）",
        "write the code in upper case: '{0}'":
            "代码请用大写：'{0}'",
        "write the code, one of {0}":
            "请写代码，可选值：{0}",
        "write the national number, such as '425 555 0100'":
            "请写国内号码，例如 '425 555 0100'",
        "write true (YAML 1.1 words like '{0}' are not booleans here)":
            "请写 true（'{0}' 这类 YAML 1.1 的写法在这里不是布尔值）",
        "write true or false":
            "请写 true 或 false",
        "write {0} such as '{1}'":
            "请写成{0}，例如 '{1}'",
        "{0}\nhint: if that apply is no longer running, break its lock with 'partnerctl unlock {1}'":
            "{0}\n提示: 如果那次应用已不在运行，请用 'partnerctl unlock {1}' 解除它的锁",
        "{0} ({1})":
            "{0}（{1}）",
        "{0} catalog rule":
            "{0} 条目录规则",
        "{0} catalog rules":
            "{0} 条目录规则",
        "{0} change":
            "{0} 项更改",
        "{0} changes":
            "{0} 项更改",
        "{0} error":
            "{0} 个错误",
        "{0} errors":
            "{0} 个错误",
        "{0} has role '{1}', which {2} does not offer":
            "{0} 具有角色 '{1}'，但{2}不提供该角色",
        "{0} has unknown role '{1}'":
            "{0} 具有未知角色 '{1}'",
        "{0} lists role '{1}' more than once":
            "{0} 多次列出了角色 '{1}'",
        "{0} of {1} account drifted":
            "{1} 个帐户中有 {0} 个发生漂移",
        "{0} of {1} accounts drifted":
            "{1} 个帐户中有 {0} 个发生漂移",
        "{0} profile field":
            "{0} 个资料字段",
        "{0} profile fields":
            "{0} 个资料字段",
        "{0} role bundle":
            "{0} 个角色组合",
        "{0} role bundles":
            "{0} 个角色组合",
        "{0} started at {1}":
            "{0}（起始位置 {1}）",
        "{0} supports: {1}":
            "{0}支持：{1}",
        "{0} user":
            "{0} 个用户",
        "{0} users":
            "{0} 个用户",
        "{0} warning":
            "{0} 个警告",
        "{0} warnings":
            "{0} 个警告",
        "{0}, such as '{1}'":
            "{0}，例如 '{1}'",
        "{0}/{1} steps":
            "{0}/{1} 步",
        "{0}: not planned, applied or checked for drift.":
            "{0}：不会为其制定计划、执行更改或检查偏差。",
        "{0}: valid":
            "{0}: 有效",
        "{0}: valid ({1})":
            "{0}: 有效（{1}）",
        "| Config | Account | Result |":
            "| 配置 | 帐户 | 结果 |",
        "| Part | Add | Change | Remove |":
            "| 部分 | 新增 | 更改 | 删除 |",
        "… and {0} more error":
            "……另有 {0} 个错误",
        "… and {0} more errors":
            "……另有 {0} 个错误",
        "… and {0} more problem":
            "……另有 {0} 个问题",
        "… and {0} more problems":
            "……另有 {0} 个问题",
    ]
}
