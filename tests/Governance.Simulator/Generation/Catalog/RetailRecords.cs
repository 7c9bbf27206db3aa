using Governance.Simulator.Generation.Schemas;
using static Governance.Simulator.Generation.Schemas.F;

namespace Governance.Simulator.Generation.Catalog;

/// <summary>The record types of the retail catalog: what orders, payments, tills and loyalty really carry.</summary>
internal static class RetailRecords
{
    // ---- shared types (own subjects, referenced by AVRO schemas) ----

    public static readonly RecordSpec Address = Record("com.retail.common", "Address", "A postal address.",
        S("street", Semantic.Street).Pii(),
        S("houseNumber", Semantic.HouseNumber).Pii(),
        S("postalCode", Semantic.PostalCode).Pii(),
        S("city", Semantic.City),
        S("country", Semantic.Country).Doc("ISO 3166-1 alpha-2")) with { SharedSubject = "com.retail.common.Address" };

    // ---- orders ----

    public static readonly RecordSpec Customer = Record("com.retail.orders", "Customer", null,
        S("customerId", Semantic.CustomerId),
        S("email", Semantic.Email).Pii(),
        S("phone", Semantic.Phone).Pii().Opt(),
        S("firstName", Semantic.FirstName).Pii(),
        S("lastName", Semantic.LastName).Pii());

    public static readonly RecordSpec OrderLine = Record("com.retail.orders", "OrderLine", null,
        S("articleId", Semantic.ArticleId),
        S("gtin", Semantic.Gtin),
        I("quantity", Semantic.Quantity),
        D("unitPrice", Semantic.Price));

    public static readonly RecordSpec Order = Record("com.retail.orders", "Order", "An order placed in the web shop, the app, a store or a live-commerce show.",
        S("orderId", Semantic.OrderId),
        R("customer", Customer),
        R("shippingAddress", Address),
        A("lines", OrderLine),
        D("totalAmount", Semantic.Amount),
        S("currency", Semantic.Currency),
        E("channel", "Channel", "WEB", "APP", "STORE", "LIVE_COMMERCE"),
        Ts("placedAt"),
        S("storeId", Semantic.StoreId).Opt().Doc("Set for click & collect and in-store orders."),
        S("couponCode", Semantic.Word).Since(2),
        S("giftMessage", Semantic.Text).Since(3));

    public static readonly RecordSpec OrderStatusChanged = Record("com.retail.orders", "OrderStatusChanged", null,
        S("orderId", Semantic.OrderId),
        E("status", "OrderStatus", "PLACED", "PAID", "PICKED", "SHIPPED", "DELIVERED", "CANCELLED", "RETURNED"),
        Ts("changedAt"),
        S("reason", Semantic.Reason).Opt(),
        S("carrier", Semantic.Word).Since(2));

    public static readonly RecordSpec DeadLetter = Record("com.retail.orders", "DeadLetter", null,
        S("originalTopic"),
        S("error", Semantic.Reason),
        S("payload", Semantic.Text));

    // ---- payments ----

    public static readonly RecordSpec PaymentAuthorization = Record("com.retail.payments", "PaymentAuthorization", "A card or wallet authorization from the payment service provider.",
        S("paymentId", Semantic.PaymentId),
        S("orderId", Semantic.OrderId),
        S("customerId", Semantic.CustomerId),
        S("cardToken", Semantic.CardToken).Pii().Doc("PSP token, never the PAN."),
        D("amount", Semantic.Amount),
        S("currency", Semantic.Currency),
        E("method", "PaymentMethod", "CARD", "PAYPAL", "KLARNA", "GIFT_CARD", "APPLE_PAY"),
        Ts("authorizedAt"),
        S("pspReference", Semantic.Id).Since(2),
        S("ipAddress", Semantic.IpAddress).Pii().Since(2));

    public static readonly RecordSpec PaymentCapture = Record("com.retail.payments", "PaymentCapture", null,
        S("paymentId", Semantic.PaymentId),
        S("orderId", Semantic.OrderId),
        D("amount", Semantic.Amount),
        S("currency", Semantic.Currency),
        Ts("capturedAt"));

    public static readonly RecordSpec FraudAlert = Record("com.retail.payments", "FraudAlert", "Raised by the fraud-detection job.",
        S("alertId", Semantic.Id),
        S("paymentId", Semantic.PaymentId),
        S("orderId", Semantic.OrderId),
        S("customerId", Semantic.CustomerId),
        D("score", Semantic.Score),
        A("rules", S("rule", Semantic.Word)),
        Ts("raisedAt"));

    // ---- point of sale (edge) ----

    public static readonly RecordSpec PosLine = Record("com.retail.pos", "PosLine", null,
        S("articleId", Semantic.ArticleId),
        S("gtin", Semantic.Gtin),
        I("quantity", Semantic.Quantity),
        D("unitPrice", Semantic.Price));

    public static readonly RecordSpec PosTransaction = Record("com.retail.pos", "PosTransaction", "A completed till transaction.",
        S("transactionId", Semantic.Id),
        S("storeId", Semantic.StoreId),
        I("registerId"),
        S("cashierId", Semantic.Id),
        A("lines", PosLine),
        D("totalAmount", Semantic.Amount),
        S("currency", Semantic.Currency),
        E("paymentMethod", "TenderType", "CASH", "CARD", "MOBILE", "VOUCHER"),
        S("loyaltyCardNumber", Semantic.LoyaltyCard).Pii().Opt(),
        Ts("occurredAt"),
        S("receiptEmail", Semantic.Email).Pii().Since(2));

    /// <summary>A row of the till database's receipts table, as Debezium's AVRO converter names it.</summary>
    public static readonly RecordSpec ReceiptRow = Record("pos_db.public.receipts", "Value", null,
        L("receipt_id", Semantic.Sequence),
        S("store_id", Semantic.StoreId),
        I("register_id"),
        L("total_cents", Semantic.Amount),
        S("customer_email", Semantic.Email).Pii().Opt(),
        L("created_at", Semantic.Timestamp));

    public static readonly RecordSpec DebeziumSource = Record("io.debezium.connector.postgresql", "Source", null,
        S("version"),
        S("connector"),
        S("name"),
        L("ts_ms", Semantic.Timestamp),
        S("db"),
        S("schema"),
        S("table"),
        L("lsn", Semantic.Sequence));

    public static readonly RecordSpec ReceiptEnvelope = Record("pos_db.public.receipts", "Envelope", "Debezium change event of public.receipts.",
        R("before", ReceiptRow).Opt(),
        R("after", ReceiptRow).Opt(),
        R("source", DebeziumSource),
        S("op", Semantic.ChangeOp),
        L("ts_ms", Semantic.Timestamp));

    // ---- inventory ----

    public static readonly RecordSpec StockMovement = Record("com.retail.inventory", "StockMovement", null,
        S("movementId", Semantic.Id),
        S("storeId", Semantic.StoreId),
        S("articleId", Semantic.ArticleId),
        S("gtin", Semantic.Gtin),
        I("quantityDelta", Semantic.Quantity),
        E("reason", "MovementReason", "SALE", "RETURN", "DELIVERY", "SHRINKAGE", "TRANSFER", "COUNT"),
        Ts("occurredAt"),
        S("transactionId", Semantic.Id).Opt());

    public static readonly RecordSpec StockKey = Record("com.retail.inventory", "StockKey", null,
        S("storeId", Semantic.StoreId),
        S("articleId", Semantic.ArticleId));

    public static readonly RecordSpec StockLevel = Record("com.retail.inventory", "StockLevel", "Current stock of an article in a store (a table).",
        S("storeId", Semantic.StoreId),
        S("articleId", Semantic.ArticleId),
        L("onHand", Semantic.Quantity),
        L("reserved", Semantic.Quantity),
        Ts("updatedAt"));

    // ---- loyalty ----

    public static readonly RecordSpec PointsEarned = Record("com.retail.loyalty", "PointsEarned", null,
        S("memberId", Semantic.MemberId),
        S("email", Semantic.Email).Pii(),
        L("points", Semantic.Points),
        S("orderId", Semantic.OrderId).Opt(),
        S("transactionId", Semantic.Id).Opt(),
        Ts("earnedAt"),
        S("campaign", Semantic.Word).Since(2));

    public static readonly RecordSpec RewardRedeemed = Record("com.retail.loyalty", "RewardRedeemed", null,
        S("redemptionId", Semantic.Id),
        S("memberId", Semantic.MemberId),
        S("rewardCode", Semantic.Word),
        L("points", Semantic.Points),
        Ts("redeemedAt"),
        S("storeId", Semantic.StoreId).Opt());

    /// <summary>Members table; version 3 renames <c>email</c> to <c>emailAddress</c> (a new major version with migration rules).</summary>
    public static readonly RecordSpec LoyaltyMember = Record("com.retail.loyalty", "LoyaltyMember", "A loyalty programme member (latest state per member).",
        S("memberId", Semantic.MemberId),
        S("firstName", Semantic.FirstName).Pii(),
        S("lastName", Semantic.LastName).Pii(),
        S("email", Semantic.Email).Pii().Until(3),
        S("phone", Semantic.Phone).Pii().Opt(),
        Day("birthDate", Semantic.BirthDate).Pii().Opt(),
        R("address", Address),
        E("tier", "Tier", "BASIC", "SILVER", "GOLD", "PLATINUM"),
        Ts("joinedAt"),
        B("marketingConsent").Since(2),
        S("emailAddress", Semantic.Email).Pii().Since(3));

    // ---- live commerce ----

    public static readonly RecordSpec ChatMessage = Record("com.retail.livecommerce", "ChatMessage", "A viewer's chat message during a live shopping show.",
        S("messageId", Semantic.Id),
        S("sessionId", Semantic.SessionId),
        S("userHandle", Semantic.UserHandle).Pii(),
        S("email", Semantic.Email).Pii().Opt(),
        S("text", Semantic.Text),
        Ts("sentAt"),
        S("replyTo", Semantic.Id).Opt());

    public static readonly RecordSpec Reaction = Record("com.retail.livecommerce", "Reaction", null,
        S("reactionId", Semantic.Id),
        S("sessionId", Semantic.SessionId),
        S("userHandle", Semantic.UserHandle).Pii(),
        E("kind", "ReactionKind", "LIKE", "LOVE", "WOW", "WANT", "LAUGH"),
        S("articleId", Semantic.ArticleId).Opt(),
        Ts("reactedAt"));

    public static readonly RecordSpec ModerationFlag = Record("com.retail.livecommerce", "ModerationFlag", null,
        S("messageId", Semantic.Id),
        S("sessionId", Semantic.SessionId),
        E("verdict", "Verdict", "OK", "SPAM", "ABUSE", "PII_LEAK"),
        D("score", Semantic.Score),
        Ts("flaggedAt"));

    // ---- recommendations and retail media ----

    public static readonly RecordSpec Recommendation = Record("com.retail.recommendations", "Recommendation", null,
        S("articleId", Semantic.ArticleId),
        D("score", Semantic.Score),
        S("reason", Semantic.Word));

    public static readonly RecordSpec ProductRecommendations = Record("com.retail.recommendations", "ProductRecommendations", null,
        S("customerId", Semantic.CustomerId),
        A("recommendations", Recommendation),
        S("model", Semantic.Word),
        Ts("generatedAt"));

    public static readonly RecordSpec AdImpression = Record("com.retail.media", "AdImpression", null,
        S("impressionId", Semantic.Id),
        S("campaignId", Semantic.Word),
        S("placement", Semantic.Word),
        S("articleId", Semantic.ArticleId),
        S("customerId", Semantic.CustomerId).Opt(),
        S("deviceId", Semantic.DeviceId).Pii(),
        S("ipAddress", Semantic.IpAddress).Pii(),
        Ts("occurredAt"));

    public static readonly RecordSpec AdClick = Record("com.retail.media", "AdClick", null,
        S("clickId", Semantic.Id),
        S("impressionId", Semantic.Id),
        S("campaignId", Semantic.Word),
        S("articleId", Semantic.ArticleId),
        S("customerId", Semantic.CustomerId).Opt(),
        Ts("occurredAt"));

    public static readonly RecordSpec Attribution = Record("com.retail.media", "Attribution", "Orders attributed to ad clicks.",
        S("attributionId", Semantic.Id),
        S("campaignId", Semantic.Word),
        S("orderId", Semantic.OrderId),
        S("clickId", Semantic.Id),
        D("revenue", Semantic.Amount),
        Ts("attributedAt"));

    // ---- master data ----

    public static readonly RecordSpec ArticleKey = Record("com.retail.masterdata", "ArticleKey", null,
        S("articleId", Semantic.ArticleId));

    public static readonly RecordSpec Article = Record("com.retail.masterdata", "Article", "Article master data (latest state per article).",
        S("articleId", Semantic.ArticleId),
        S("gtin", Semantic.Gtin),
        S("name", Semantic.ProductName),
        S("brand", Semantic.Brand),
        S("category", Semantic.Category),
        D("price", Semantic.Price),
        D("vatRate", Semantic.Percentage),
        Ts("validFrom"),
        S("description", Semantic.Text).Since(2),
        S("imageUrl", Semantic.Url).Since(3));

    /// <summary>Payload of the schemaless price feed (plain JSON, no registered schema).</summary>
    public static readonly RecordSpec PriceUpdate = Record("com.retail.pricing", "PriceUpdate", null,
        S("articleId", Semantic.ArticleId),
        D("price", Semantic.Price),
        S("currency", Semantic.Currency),
        Ts("validFrom"));
}
