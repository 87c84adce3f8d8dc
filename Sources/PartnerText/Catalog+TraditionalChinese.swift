extension Catalog {
    /// Traditional Chinese (zh-Hant), as written in Taiwan and Hong Kong: its own words (使用者, 設定, 檔案), not a conversion of the simplified table.
    static let traditionalChinese: [String: String] = [
        "\nApply complete: {0} of {1} steps done.":
            "\n套用完成：已完成 {0}/{1} 步。",
        "\nApply these changes to the account? Only 'yes' is accepted: ":
            "\n要將這些變更套用到帳戶嗎？只接受輸入 'yes'：",
        "\nInterrupted: stopping after the current step (Ctrl-C again stops at once).":
            "\n已中斷：目前步驟完成後停止（再按一次 Ctrl-C 立即停止）。",
        "\nSaved the plan to {0}; apply it with: partnerctl apply --plan {1}":
            "\n計畫已儲存到 {0}；套用方法：partnerctl apply --plan {1}",
        "\nTerminated: stopping after the current step.":
            "\n已終止：目前步驟完成後停止。",
        "  failed: {0}: {1}":
            "  失敗：{0}：{1}",
        " in '{0}'":
            "（位於 '{0}'）",
        "'catalog.{0}' names {1} that {2} does not list: '{3}'":
            "'catalog.{0}' 指定了{2}未列出的{1}：'{3}'",
        "'policy.pruneUsers' is true but the file declares no 'users'":
            "'policy.pruneUsers' 為 true，但檔案中沒有宣告 'users'",
        "'{0}' contains an invisible character, {1}":
            "'{0}' 含有看不見的字元 {1}",
        "'{0}' declares no account (tenantId and cloud under account:); 'partnerctl validate {1}' says why, or give --tenant ID":
            "'{0}' 沒有宣告帳戶（account: 下的 tenantId 和 cloud）；執行 'partnerctl validate {1}' 查看原因，或改用 --tenant ID 指定帳戶",
        "'{0}' declares no account (tenantId, cloud and domain under account:); 'partnerctl validate {1}' says why":
            "'{0}' 沒有宣告帳戶（account: 下的 tenantId、cloud 和 domain）；執行 'partnerctl validate {1}' 查看原因",
        "'{0}' has no '{1}'; Partner Center requires it for addresses in {2}":
            "'{0}' 缺少 '{1}'；合作夥伴中心要求{2}的地址必須填寫此項",
        "'{0}' has no value":
            "'{0}' 沒有值",
        "'{0}' has no value; expected {1}":
            "'{0}' 沒有值；應為{1}",
        "'{0}' in 'catalog.{1}' is neither an offer id nor a category":
            "'catalog.{1}' 中的 '{0}' 既不是供應項目識別碼，也不是類別",
        "'{0}' in 'policy.protectedUsers' is not a user principal name":
            "'policy.protectedUsers' 中的 '{0}' 不是使用者主體名稱",
        "'{0}' is YAML's null; if it is the value, quote it: \"{1}\"":
            "'{0}' 在 YAML 中表示空值；如果它就是要填的值，請加上引號：\"{1}\"",
        "'{0}' is blank":
            "'{0}' 是空白的",
        "'{0}' is both hidden and shown":
            "'{0}' 既被隱藏又被顯示",
        "'{0}' is listed twice in 'catalog.{1}'":
            "'{0}' 在 'catalog.{1}' 中列出了兩次",
        "'{0}' is missing required key '{1}'":
            "'{0}' 缺少必要的鍵 '{1}'",
        "'{0}' is not a store URL (expected sqlite:PATH, postgres://… or partnercenter:[URL])":
            "'{0}' 不是存放區 URL（應為 sqlite:PATH、postgres://… 或 partnercenter:[URL]）",
        "'{0}' is not {1}: '{2}'":
            "'{0}' 不是{1}：'{2}'",
        "'{0}' is {1} characters long; Partner Center accepts at most {2}":
            "'{0}' 長 {1} 個字元；合作夥伴中心最多接受 {2} 個",
        "'{0}' must be '{1}' in {2}, found '{3}'":
            "在{2}中，'{0}' 必須是 '{1}'，但這裡是 '{3}'",
        "'{0}' must be a province code of {1}, found '{2}'":
            "'{0}' 必須是{1}的省份代碼，但這裡是 '{2}'",
        "'{0}' must be a state code of {1}, found '{2}'":
            "'{0}' 必須是{1}的州代碼，但這裡是 '{2}'",
        "'{0}' must be a string, found {1}":
            "'{0}' 必須是字串，但這裡是{1}",
        "'{0}' must be a whole number from {1} to {2}, found '{3}'":
            "'{0}' 必須是 {1} 到 {2} 之間的整數，但這裡是 '{3}'",
        "'{0}' must be one of {1}; found '{2}'":
            "'{0}' 必須是下列值之一：{1}；但這裡是 '{2}'",
        "'{0}' must be true or false, found '{1}'":
            "'{0}' 必須是 true 或 false，但這裡是 '{1}'",
        "'{0}' must be {1}, found {2}":
            "'{0}' 必須是{1}，但這裡是{2}",
        "'{0}' skipped: {1} is a protected user":
            "已略過 '{0}'：{1} 是受保護的使用者",
        "'{0}' skipped: {1} is the last enabled global admin":
            "已略過 '{0}'：{1} 是最後一位已啟用的全域管理員",
        "'{0}'{1} is read-only":
            "'{0}'{1}是唯讀的",
        "'{0}.phoneNumber' is not a telephone number Partner Center accepts for {1}: '{2}'":
            "'{0}.phoneNumber' 不是合作夥伴中心接受的{1}電話號碼：'{2}'",
        "'{0}.postalCode' is not a postal code of {1}: '{2}'":
            "'{0}.postalCode' 不是{1}的郵遞區號：'{2}'",
        "'{0}.{1}' must be one that {2} supports, found '{3}'":
            "'{0}.{1}' 必須是{2}支援的值，但這裡是 '{3}'",
        "(unset)":
            "（未設定）",
        ", ":
            "，",
        "--passwords-out '{0}' exists; name a new file (partnerctl never writes into a file it did not make)":
            "--passwords-out '{0}' 已存在；請指定一個新檔案（partnerctl 絕不寫入不是由它建立的檔案）",
        ".":
            "。",
        "5 digits":
            "5 位數字",
        "5 digits, or 5 and 4 (ZIP+4)":
            "5 位數字，或 5+4 位（ZIP+4）",
        "6 digits":
            "6 位數字",
        "; {0} check failed":
            "；{0} 項檢查失敗",
        "; {0} checks failed":
            "；{0} 項檢查失敗",
        "ACCOUNT":
            "帳戶",
        "Apply failed: {0} done, {1} failed, {2} not started.":
            "套用失敗：{0} 步完成，{1} 步失敗，{2} 步未開始。",
        "Apply stopped ({0}): {1} done, {2} not started.":
            "套用已停止（{0}）：{1} 步完成，{2} 步未開始。",
        "Broke a stale lock {0}: its holder (pid {1} on {2}) is gone.":
            "已解除失效的鎖定 {0}：其持有者（{2} 上的 pid {1}）已不存在。",
        "Broke lock {0} on tenant {1}, held by {2}@{3} (pid {4}, '{5}') since {6}.":
            "已解除租用戶 {1} 上的鎖定 {0}，該鎖定由 {2}@{3}（pid {4}，'{5}'）自 {6} 起持有。",
        "CONFIG":
            "設定",
        "Catalog":
            "目錄",
        "Catalog:":
            "目錄:",
        "China":
            "中國",
        "Created store {0}.":
            "已建立存放區 {0}。",
        "Dashboard > Account settings > Catalog in the Partner Center portal; it only pins up to five offers to the top of the list (hiding an offer is not a documented feature)":
            "合作夥伴中心入口網站的「儀表板 > 帳戶設定 > 目錄」；那裡只能將最多五個供應項目釘選在清單頂端（隱藏供應項目並非有文件說明的功能）",
        "Enrolled account {0} ({1}, {2}) with {3} catalog offers and no users.":
            "已登記帳戶 {0}（{1}，{2}），含 {3} 個目錄供應項目，尚無使用者。",
        "Exported {0} ({1} users) to {2}.":
            "已將 {0}（{1} 位使用者）匯出到 {2}。",
        "Germany":
            "德國",
        "Microsoft sets the vetting status when it verifies the business":
            "審核狀態由 Microsoft 在驗證企業時設定",
        "No changes. The account matches the configuration.":
            "沒有變更。帳戶與設定一致。",
        "No store at {0} yet: planned against an empty account; 'partnerctl apply' creates the store and enrolls the account.":
            "{0} 還沒有存放區：已按空帳戶擬定計畫；'partnerctl apply' 會建立存放區並登記帳戶。",
        "Not managed by this store:":
            "此存放區不管理下列設定：",
        "Not signed in: no credentials file (neither PARTNERCTL_CREDENTIALS nor HOME is set).":
            "尚未登入：沒有認證檔（PARTNERCTL_CREDENTIALS 與 HOME 皆未設定）。",
        "Not signed in: there is no saved sign-in at {0}.":
            "尚未登入：{0} 中沒有已儲存的登入資訊。",
        "Partner Center":
            "合作夥伴中心",
        "Partner Center assigns the profile id":
            "資料識別碼由合作夥伴中心指派",
        "Partner Center has no API for catalog visibility":
            "合作夥伴中心沒有設定目錄可見性的 API",
        "Partner Center needs a value here; remove the key to leave the field unmanaged":
            "合作夥伴中心要求此處有值；如果不想管理該欄位，請刪除這個鍵",
        "Partner Center operated by 21Vianet":
            "由世紀互聯營運的合作夥伴中心",
        "Partner Center writes Simplified Chinese as 'zh-CHS'":
            "合作夥伴中心把簡體中文寫作 'zh-CHS'",
        "Plan: {0} to add, {1} to change, {2} to remove.":
            "計畫：新增 {0} 項，變更 {1} 項，移除 {2} 項。",
        "Portal: {0}.":
            "入口網站：{0}。",
        "Profile":
            "資料",
        "Profile:":
            "資料:",
        "RESULT":
            "結果",
        "Registered account {0} ({1}, {2}) with the ledger; its state is read from Partner Center.":
            "已在帳本中登記帳戶 {0}（{1}，{2}）；其狀態從合作夥伴中心讀取。",
        "Run 'partnerctl plan' to see what is left; steps already done will not run again.":
            "執行 'partnerctl plan' 查看剩餘的變更；已完成的步驟不會再次執行。",
        "Sell > Catalog in the Partner Center portal; it only pins up to five offers to the top of the list (hiding an offer is not a documented feature)":
            "合作夥伴中心入口網站的「銷售 > 目錄」；那裡只能將最多五個供應項目釘選在清單頂端（隱藏供應項目並非有文件說明的功能）",
        "Signed in to tenant {0} ({1}) at {2}. Saved the sign-in to {3} (mode 0600); partnercenter: stores use it when neither PARTNERCTL_TOKEN nor PARTNERCTL_REFRESH_TOKEN is set.":
            "已透過 {2} 登入租用戶 {0}（{1}）。登入資訊已儲存至 {3}（權限 0600）；未設定 PARTNERCTL_TOKEN 與 PARTNERCTL_REFRESH_TOKEN 時，partnercenter: 存放區會使用它。",
        "Signed out: removed the sign-in for tenant {0} ({1}) at {2}. The refresh token was not revoked at Microsoft.":
            "已登出：已移除 {2} 中租用戶 {0}（{1}）的登入資訊。重新整理權杖並未在 Microsoft 端撤銷。",
        "The ledger has no record of account {0} yet: planned against the account as Partner Center holds it; 'partnerctl apply' registers it with the ledger.":
            "帳本中還沒有帳戶 {0} 的記錄：已依合作夥伴中心中的帳戶現況擬定計畫；'partnerctl apply' 會在帳本中登記它。",
        "The store has no account {0} yet: planned against an empty account; 'partnerctl apply' enrolls it.":
            "存放區中還沒有帳戶 {0}：已按空帳戶擬定計畫；'partnerctl apply' 會登記它。",
        "UK postcodes":
            "英國郵遞區號",
        "Users and roles":
            "使用者和角色",
        "Users:":
            "使用者:",
        "Waiting for the account lock: {0}":
            "正在等待帳戶鎖定：{0}",
        "Wrote {0} temporary password to {1}.":
            "已將 {0} 個臨時密碼寫入 {1}。",
        "Wrote {0} temporary passwords to {1}.":
            "已將 {0} 個臨時密碼寫入 {1}。",
        "a GUID":
            "GUID",
        "a boolean":
            "布林值",
        "a bundle may name other bundles, but not in a circle":
            "角色組合可以參照其他組合，但不能形成循環",
        "a category":
            "類別",
        "a configuration file needs few aliases; write the values out":
            "設定檔用不到這麼多別名；請把值完整寫出",
        "a configuration starts with 'apiVersion: {0}'":
            "設定檔以 'apiVersion: {0}' 開頭",
        "a culture name such as 'zh-CN' or 'en-US'":
            "文化特性名稱，例如 'zh-CN' 或 'en-US'",
        "a domain name":
            "網域名稱",
        "a language tag such as 'zh-CHS' or 'en'":
            "語言標記，例如 'zh-CHS' 或 'en'",
        "a mapping":
            "對應",
        "a number":
            "數字",
        "a sequence":
            "序列",
        "a string":
            "字串",
        "a two-letter country code in upper case":
            "兩個大寫字母的國家/地區代碼",
        "a user principal name":
            "使用者主體名稱",
        "a valid email address":
            "有效的電子郵件地址",
        "a valid telephone number":
            "有效的電話號碼",
        "a value tagged '{0}'":
            "帶有標籤 '{0}' 的值",
        "a whole number":
            "整數",
        "about {0} min {1} s left":
            "約剩 {0} 分 {1} 秒",
        "about {0} s left":
            "約剩 {0} 秒",
        "accounts operated by 21Vianet are in China":
            "由世紀互聯營運的帳戶位於中國",
        "add 'state: {0}'":
            "請新增 'state: {0}'",
        "alias '*{0}' names no anchor":
            "別名 '*{0}' 沒有對應的錨點",
        "aliases expand to more than {0} nodes":
            "別名展開後超過 {0} 個節點",
        "an http or https URL":
            "以 http 或 https 開頭的 URL",
        "an offer":
            "供應項目",
        "apply cancelled; nothing was changed":
            "已取消套用；未做任何變更",
        "attributes are returned by the service, not written":
            "屬性由服務傳回，無須填寫",
        "block sequence entries are not allowed in this context":
            "此處不允許出現區塊序列項目",
        "cannot expand '{0}' in the store URL '{1}'; write the folder out in full":
            "無法展開存放區 URL '{1}' 中的 '{0}'；請寫出完整的資料夾路徑",
        "cannot read '{0}': {1}":
            "無法讀取 '{0}'：{1}",
        "catalog.default is {0}":
            "catalog.default 為 {0}",
        "category:{0} is in catalog.hide":
            "category:{0} 在 catalog.hide 中",
        "category:{0} is in catalog.show":
            "category:{0} 在 catalog.show 中",
        "collections are nested deeper than {0} levels":
            "集合的巢狀超過 {0} 層",
        "control character U+{0} is not allowed":
            "不允許使用控制字元 U+{0}",
        "control characters are not allowed":
            "不允許使用控制字元",
        "could not find expected ':'":
            "找不到預期的 ':'",
        "could not record the new user's temporary password, so the user was not created: {0}":
            "無法記錄新使用者的臨時密碼，因此未建立該使用者：{0}",
        "declare at least one enabled user with role 'global-admin' so the account always keeps one":
            "請至少宣告一位擁有 'global-admin' 角色的已啟用使用者，確保帳戶始終保有一位全域管理員",
        "declare the user, enabled and with an admin role, so the file cannot remove them by omission":
            "請宣告該使用者，設為已啟用並授予管理員角色，以免因遺漏而被刪除",
        "declared enabled":
            "宣告為已啟用",
        "declared for the new user":
            "為新使用者宣告",
        "declared in the configuration":
            "已在設定中宣告",
        "declared in the configuration, not in the account":
            "已在設定中宣告，但帳戶中沒有",
        "declared with enabled: false":
            "宣告為 enabled: false",
        "define it under 'roles', or use a built-in role":
            "請在 'roles' 下定義它，或使用內建角色",
        "delete it: it cannot be seen, but Partner Center stores it and names that differ by it look the same":
            "請刪除它：它看不見，但合作夥伴中心會儲存它，僅因它而不同的名稱看起來一模一樣",
        "did not find expected ',' or ']'":
            "找不到預期的 ',' 或 ']'",
        "did not find expected ',' or '}'":
            "找不到預期的 ',' 或 '}'",
        "did not find expected '-' indicator":
            "找不到預期的 '-' 指示符",
        "did not find expected key":
            "找不到預期的鍵",
        "did not find expected node content":
            "找不到預期的節點內容",
        "did you mean '{0}'?":
            "您是不是想寫 '{0}'？",
        "done":
            "完成",
        "drift: {0} to add, {1} to change, {2} to remove":
            "漂移：新增 {0}，變更 {1}，移除 {2}",
        "duplicate key '{0}'":
            "重複的鍵 '{0}'",
        "duplicate user '{0}'":
            "重複的使用者 '{0}'",
        "error:":
            "錯誤:",
        "error: {0}":
            "錯誤: {0}",
        "failed":
            "失敗",
        "first declared here":
            "首次宣告於此處",
        "first defined here":
            "首次定義於此處",
        "first listed here":
            "首次列於此處",
        "for example 'postalCode: \"{0}\"'":
            "例如 'postalCode: \"{0}\"'",
        "for example '{0}'":
            "例如 '{0}'",
        "for example: iconv -f {0} -t UTF-8 FILE > FILE.utf8":
            "例如：iconv -f {0} -t UTF-8 FILE > FILE.utf8",
        "found a tab character that violates indentation":
            "發現了破壞縮排的定位字元",
        "found character that cannot start any token":
            "發現了不能作為任何語彙基元開頭的字元",
        "found undefined tag handle":
            "發現了未定義的標籤控制代碼",
        "found unexpected end of stream":
            "檔案意外結束",
        "found unknown escape character":
            "發現了未知的跳脫字元",
        "give it a value, or remove the key":
            "請填寫值，或刪除這個鍵",
        "give it a value, or remove the key to leave the field unmanaged":
            "請填寫值；如果不想管理該欄位，請刪除這個鍵",
        "give the bundle a name of its own":
            "請為這個組合另取一個名稱",
        "hidden":
            "隱藏",
        "hint:":
            "提示:",
        "it is a directory":
            "它是一個資料夾",
        "it is larger than {0} bytes, the input size limit (raise it with --max-input-size or PARTNERCTL_MAX_INPUT_SIZE)":
            "它超過了輸入大小上限 {0} 位元組（可用 --max-input-size 或 PARTNERCTL_MAX_INPUT_SIZE 調高）",
        "keys in '{0}' must be plain names, found {1}":
            "'{0}' 中的鍵必須是一般名稱，但這裡是{1}",
        "links are returned by the service, not written":
            "連結由服務傳回，無須填寫",
        "listed in catalog.hide":
            "列在 catalog.hide 中",
        "listed in catalog.show":
            "列在 catalog.show 中",
        "login signs in to Partner Center: --store must be partnercenter: or partnercenter:URL, not '{0}'":
            "login 用於登入合作夥伴中心：--store 必須是 partnercenter: 或 partnercenter:URL，而不是 '{0}'",
        "mapping values are not allowed in this context":
            "此處不允許出現對應值",
        "merge keys are not supported; write the entries out":
            "不支援合併鍵（<<）；請把各項完整寫出",
        "missing required key '{0}'":
            "缺少必要的鍵 '{0}'",
        "name the account to sign in to: --tenant ID [--cloud global|china], or --config FILE ('{0}' does not exist)":
            "請指定要登入的帳戶：--tenant ID [--cloud global|china]，或 --config FILE（'{0}' 不存在）",
        "no application to sign in with: give --client-id ID or set PARTNERCTL_CLIENT_ID (the app registration's client id)":
            "沒有可用來登入的應用程式：請指定 --client-id ID 或設定 PARTNERCTL_CLIENT_ID（應用程式註冊的用戶端識別碼）",
        "no drift":
            "無漂移",
        "no enabled user holds 'global-admin'":
            "沒有已啟用的使用者擁有 'global-admin'（全域管理員）角色",
        "no lock has id '{0}'":
            "沒有識別碼為 '{0}' 的鎖定",
        "no store at {0}; 'partnerctl apply' creates it":
            "{0} 沒有存放區；'partnerctl apply' 會建立它",
        "no such file":
            "檔案不存在",
        "not declared for this user":
            "未為該使用者宣告",
        "not in the configuration, and policy.pruneUsers is true":
            "不在設定中，且 policy.pruneUsers 為 true",
        "note:":
            "附註:",
        "note: an apply by {0}@{1} (pid {2}) started {3} and has not finished; this plan may be out of date when it does.":
            "附註: {0}@{1}（pid {2}）於 {3} 開始的一次套用尚未結束；等它結束後，這個計畫可能已經過時。",
        "nothing managed":
            "未管理任何內容",
        "nowhere to save the sign-in: set PARTNERCTL_CREDENTIALS to a file path (HOME is not set)":
            "無處儲存登入資訊：請將 PARTNERCTL_CREDENTIALS 設為檔案路徑（HOME 未設定）",
        "null":
            "空值",
        "out of memory":
            "記憶體不足",
        "permission denied":
            "權限不足",
        "postal codes in {0} are {1}":
            "{0}的郵遞區號格式為 {1}",
        "protected here":
            "在此處設為受保護",
        "protected user '{0}' holds no admin role":
            "受保護的使用者 '{0}' 沒有任何管理員角色",
        "protected user '{0}' is declared disabled":
            "受保護的使用者 '{0}' 被宣告為已停用",
        "protected user '{0}' is not declared in 'users'":
            "受保護的使用者 '{0}' 未在 'users' 中宣告",
        "protected users are never demoted; give them an admin role such as 'global-admin'":
            "受保護的使用者永遠不會被降級；請授予管理員角色，例如 'global-admin'",
        "protected users are never disabled; remove 'enabled: false' or the protection":
            "受保護的使用者永遠不會被停用；請刪除 'enabled: false' 或取消保護",
        "refusing the plan: it breaks partnerctl's rules\n{0}":
            "拒絕執行該計畫：它違反了 partnerctl 的規則\n{0}",
        "refusing the plan: {0} catalog step ({1}) cannot be carried out: {2}; plan again against this store":
            "拒絕執行該計畫：其中 {0} 個目錄步驟（{1}）無法執行：{2}；請針對此存放區重新擬定計畫",
        "refusing the plan: {0} catalog steps ({1}) cannot be carried out: {2}; plan again against this store":
            "拒絕執行該計畫：其中 {0} 個目錄步驟（{1}）無法執行：{2}；請針對此存放區重新擬定計畫",
        "refusing the plan: {0}; if that is intended, apply again with --allow-mass-removal":
            "拒絕執行該計畫：{0}；如果這正是您的本意，請加上 --allow-mass-removal 再次套用",
        "refusing to apply without confirmation: standard input is not a terminal; pass --auto-approve":
            "未經確認，拒絕套用：標準輸入不是終端機；請傳入 --auto-approve",
        "remove it, or write it as an escape inside double quotes":
            "請刪除它，或在雙引號內寫成跳脫序列",
        "remove the quotes: a quoted value is a string":
            "請拿掉引號：加了引號的值是字串",
        "remove the repeated '{0}'":
            "請刪除重複的 '{0}'",
        "remove the tag '{0}': a string field takes the text as written":
            "請刪除標籤 '{0}'：字串欄位會照原樣使用所寫的文字",
        "role bundle '{0}'":
            "角色組合 '{0}'",
        "role bundle '{0}' has the name of a built-in role":
            "角色組合 '{0}' 與內建角色同名",
        "role bundle '{0}' includes itself: {1}":
            "角色組合 '{0}' 包含了自身：{1}",
        "role {0}":
            "角色 {0}",
        "roles offered there: {0}":
            "此雲端提供的角色：{0}",
        "save the file as UTF-8":
            "請將檔案另存為 UTF-8",
        "see Sources/PartnerModel/Resources/catalog-{0}.json for the catalog's ids":
            "目錄中的識別碼請見 Sources/PartnerModel/Resources/catalog-{0}.json",
        "step '{0}' was rejected: {1}":
            "步驟 '{0}' 被拒絕：{1}",
        "tag '{0}' is not supported; only YAML's core tags (!!str, !!int, !!bool, !!null, !!float, !!map, !!seq) are":
            "不支援標籤 '{0}'；只支援 YAML 的核心標籤（!!str、!!int、!!bool、!!null、!!float、!!map、!!seq）",
        "text with control characters":
            "含控制字元的文字",
        "the Partner Center store is named partnercenter: (the real endpoints) or partnercenter:URL (one base URL, as 'partnerctl serve' offers), not {0}":
            "合作夥伴中心存放區應寫作 partnercenter:（真實端點）或 partnercenter:URL（單一基底 URL，與 'partnerctl serve' 提供的相同），而不是 {0}",
        "the Partner Center store needs credentials: run 'partnerctl login', or set PARTNERCTL_TOKEN and PARTNERCTL_GRAPH_TOKEN, or PARTNERCTL_CLIENT_ID with PARTNERCTL_REFRESH_TOKEN (and PARTNERCTL_CLIENT_SECRET)":
            "合作夥伴中心存放區需要認證：請執行 'partnerctl login'，或設定 PARTNERCTL_TOKEN 與 PARTNERCTL_GRAPH_TOKEN，或 PARTNERCTL_CLIENT_ID 搭配 PARTNERCTL_REFRESH_TOKEN（以及 PARTNERCTL_CLIENT_SECRET）",
        "the United Kingdom":
            "英國",
        "the United States":
            "美國",
        "the account is locked by {0}@{1} (pid {2}, '{3}') since {4}; lock id {5}":
            "帳戶已被 {0}@{1}（pid {2}，'{3}'）鎖定，始於 {4}；鎖定識別碼為 {5}",
        "the apply lost the account's lock ({0}); it stopped, and the step was not carried out":
            "套用失去了帳戶鎖定（{0}）；已停止，該步驟未執行",
        "the billing currency follows from the account's market":
            "計費幣別由帳戶所在的市場決定",
        "the billing day is set by Partner Center":
            "計費日由合作夥伴中心設定",
        "the catalog rule '{0}' names nothing in the account's catalog":
            "目錄規則 '{0}' 沒有對應到帳戶目錄中的任何內容",
        "the codes for {0}: {1}":
            "{0}的代碼：{1}",
        "the domain is fixed; declare it as account.domain":
            "網域是固定的；請在 account.domain 中宣告",
        "the file has more than one YAML document; partnerctl reads one":
            "檔案包含多份 YAML 文件；partnerctl 只讀取一份",
        "the file has no configuration":
            "檔案中沒有設定",
        "the file is not valid UTF-8 text (byte 0x{0} here)":
            "檔案不是有效的 UTF-8 文字（此處的位元組為 0x{0}）",
        "the file is not valid YAML text ({0})":
            "檔案不是有效的 YAML 文字（{0}）",
        "the file is {0} text; save it as UTF-8":
            "檔案是 {0} 編碼的文字；請另存為 UTF-8",
        "the file looks like GB18030 (GBK) text, the usual legacy encoding for Chinese; convert it: iconv -f GB18030 -t UTF-8 FILE > FILE.utf8":
            "檔案看起來是 GB18030（GBK）編碼，這是簡體中文常見的舊編碼；請轉換：iconv -f GB18030 -t UTF-8 FILE > FILE.utf8",
        "the plan creates {0} user; pass --passwords-out FILE to receive their temporary passwords (or --passwords-out - to print them)":
            "該計畫會建立 {0} 位使用者；請傳入 --passwords-out FILE 來接收他們的臨時密碼（或用 --passwords-out - 直接列印）",
        "the plan creates {0} users; pass --passwords-out FILE to receive their temporary passwords (or --passwords-out - to print them)":
            "該計畫會建立 {0} 位使用者；請傳入 --passwords-out FILE 來接收他們的臨時密碼（或用 --passwords-out - 直接列印）",
        "the profile type follows from the section":
            "資料類型由所在的區段決定",
        "the store URL 'sqlite:' names no file":
            "存放區 URL 'sqlite:' 沒有指定檔案",
        "the store has no account with tenant id '{0}'":
            "存放區中沒有租用戶識別碼為 '{0}' 的帳戶",
        "the store holds tenant {0} as {1} cloud, domain '{2}'; the configuration says {3}, '{4}'":
            "存放區中的租用戶 {0} 屬於 {1} 雲端，網域為 '{2}'；而設定中寫的是 {3}、'{4}'",
        "the store is damaged: {0}; restore it from a backup, or run 'partnerctl check' for details":
            "存放區已損毀：{0}；請從備份還原，或執行 'partnerctl check' 查看詳細資料",
        "the tenant is fixed; declare it as account.tenantId":
            "租用戶是固定的；請在 account.tenantId 中宣告",
        "the user differs from the configuration":
            "使用者與設定不同",
        "the {0} profile differs from the configuration":
            "{0} 資料與設定不同",
        "this partnerctl reads '{0}'":
            "此版本的 partnerctl 讀取 '{0}'",
        "true or false":
            "true 或 false",
        "unknown key '{0}'{1}":
            "未知的鍵 '{0}'{1}",
        "unsupported apiVersion '{0}'":
            "不支援的 apiVersion '{0}'",
        "use the province code '{0}'":
            "請使用省份代碼 '{0}'",
        "use the state code '{0}'":
            "請使用州代碼 '{0}'",
        "user '{0}'":
            "使用者 '{0}'",
        "user '{0}' is outside the account's domain '{1}'":
            "使用者 '{0}' 不在該帳戶的網域 '{1}' 中",
        "user principal names are compared ignoring case":
            "比較使用者主體名稱時不區分大小寫",
        "users of this account sign in as name{0}":
            "此帳戶的使用者登入名稱應形如 名稱{0}",
        "valid keys here: {0}":
            "此處可用的鍵：{0}",
        "visible":
            "可見",
        "warning:":
            "警告:",
        "warning: apply will refuse this plan without --allow-mass-removal: {0}":
            "警告: 不加 --allow-mass-removal 時 apply 會拒絕這個計畫：{0}",
        "warning: the renewed sign-in could not be saved: {0}":
            "警告：無法儲存更新後的登入資訊：{0}",
        "while parsing a block collection":
            "剖析區塊集合時",
        "while parsing a block mapping":
            "剖析區塊對應時",
        "while parsing a block node":
            "剖析區塊節點時",
        "while parsing a flow mapping":
            "剖析流式對應時",
        "while parsing a flow node":
            "剖析流式節點時",
        "while parsing a flow sequence":
            "剖析流式序列時",
        "while parsing a node":
            "剖析節點時",
        "while parsing a tag":
            "剖析標籤時",
        "while scanning a block scalar":
            "掃描區塊純量時",
        "while scanning a plain scalar":
            "掃描一般純量時",
        "while scanning a quoted scalar":
            "掃描帶引號的純量時",
        "while scanning a simple key":
            "掃描簡單鍵時",
        "while scanning a tag":
            "掃描標籤時",
        "while scanning an alias":
            "掃描別名時",
        "while scanning an anchor":
            "掃描錨點時",
        "without a 'users' list every user would be deleted; declare the users to keep":
            "沒有 'users' 清單時，所有使用者都會被刪除；請宣告要保留的使用者",
        "write '{0}'":
            "請寫成 '{0}'",
        "write an offer id ('CFQ7TTC0LH18', 'MS-AZR-0145P' or a GUID) or 'category:<id>'":
            "請寫供應項目識別碼（'CFQ7TTC0LH18'、'MS-AZR-0145P' 或 GUID）或 'category:<id>'",
        "write false (YAML 1.1 words like '{0}' are not booleans here)":
            "請寫 false（'{0}' 這類 YAML 1.1 的寫法在這裡不是布林值）",
        "write the code in upper case: '{0}'":
            "代碼請用大寫：'{0}'",
        "write the code, one of {0}":
            "請寫代碼，可用的值：{0}",
        "write the national number, such as '425 555 0100'":
            "請寫國內號碼，例如 '425 555 0100'",
        "write true (YAML 1.1 words like '{0}' are not booleans here)":
            "請寫 true（'{0}' 這類 YAML 1.1 的寫法在這裡不是布林值）",
        "write true or false":
            "請寫 true 或 false",
        "write {0} such as '{1}'":
            "請寫成{0}，例如 '{1}'",
        "{0}\nhint: if that apply is no longer running, break its lock with 'partnerctl unlock {1}'":
            "{0}\n提示: 如果那次套用已不在執行，請用 'partnerctl unlock {1}' 解除它的鎖定",
        "{0} ({1})":
            "{0}（{1}）",
        "{0} catalog rule":
            "{0} 條目錄規則",
        "{0} catalog rules":
            "{0} 條目錄規則",
        "{0} change":
            "{0} 項變更",
        "{0} changes":
            "{0} 項變更",
        "{0} error":
            "{0} 個錯誤",
        "{0} errors":
            "{0} 個錯誤",
        "{0} has role '{1}', which {2} does not offer":
            "{0} 具有角色 '{1}'，但{2}不提供該角色",
        "{0} has unknown role '{1}'":
            "{0} 具有未知的角色 '{1}'",
        "{0} lists role '{1}' more than once":
            "{0} 重複列出了角色 '{1}'",
        "{0} of {1} account drifted":
            "{1} 個帳戶中有 {0} 個發生漂移",
        "{0} of {1} accounts drifted":
            "{1} 個帳戶中有 {0} 個發生漂移",
        "{0} profile field":
            "{0} 個資料欄位",
        "{0} profile fields":
            "{0} 個資料欄位",
        "{0} role bundle":
            "{0} 個角色組合",
        "{0} role bundles":
            "{0} 個角色組合",
        "{0} started at {1}":
            "{0}（起始位置 {1}）",
        "{0} supports: {1}":
            "{0}支援：{1}",
        "{0} user":
            "{0} 位使用者",
        "{0} users":
            "{0} 位使用者",
        "{0} warning":
            "{0} 個警告",
        "{0} warnings":
            "{0} 個警告",
        "{0}, such as '{1}'":
            "{0}，例如 '{1}'",
        "{0}/{1} steps":
            "{0}/{1} 步",
        "{0}: not planned, applied or checked for drift.":
            "{0}：不會為其擬定計畫、套用變更或檢查偏移。",
        "{0}: valid":
            "{0}: 有效",
        "{0}: valid ({1})":
            "{0}: 有效（{1}）",
        "| Config | Account | Result |":
            "| 設定 | 帳戶 | 結果 |",
        "| Part | Add | Change | Remove |":
            "| 部分 | 新增 | 變更 | 移除 |",
        "… and {0} more error":
            "……另有 {0} 個錯誤",
        "… and {0} more errors":
            "……另有 {0} 個錯誤",
        "… and {0} more problem":
            "……另有 {0} 個問題",
        "… and {0} more problems":
            "……另有 {0} 個問題",
    ]
}
